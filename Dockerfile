# syntax=docker/dockerfile:1
# One image for all apps: the command selects api, benchmark, worker or migrate. The development
# identity provider (apps/dev-idp, its oidc-provider a devDependency) is removed: never in production.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && node node_modules/typescript/bin/tsc -b \
 && node node_modules/vite/bin/vite.js build apps/api/graphiql \
 && npm run --silent build -w @vt/web \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf apps/dev-idp node_modules/@vt/dev-idp \
 && find apps libs migrations -name '*.ts' -not -name '*.d.ts' -delete

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/apps ./apps
COPY --from=build /app/libs ./libs
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/data ./data
COPY docker/entrypoint.sh /usr/local/bin/vt
# The node user (uid 1000) owns nothing in /app: the image is read-only at run time.
USER 1000:1000
ENTRYPOINT ["/usr/local/bin/vt"]
CMD ["api"]
