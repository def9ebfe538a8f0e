{{- define "vt.fullname" -}}{{ printf "%s" .Release.Name | trunc 40 | trimSuffix "-" }}{{- end -}}

{{/* The Kubernetes recommended labels (app.kubernetes.io/*) plus helm.sh/chart. */}}
{{- define "vt.labels" -}}
app.kubernetes.io/name: veilig-thuis-platform
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: veilig-thuis-platform
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end -}}

{{/* The image reference: [registry/]repository, then @digest when given (it wins over the tag), else :tag. */}}
{{- define "vt.image" -}}
{{- $i := .Values.image -}}
{{- $registry := default $i.registry ((.Values.global).imageRegistry) -}}
{{- $repo := ternary (printf "%s/%s" $registry $i.repository) $i.repository (ne $registry "") -}}
{{- if $i.digest -}}{{ printf "%s@%s" $repo $i.digest }}{{- else -}}{{ printf "%s:%s" $repo (default .Chart.AppVersion $i.tag) }}{{- end -}}
{{- end -}}

{{/* imagePullSecrets from global.imagePullSecrets and imagePullSecrets; entries are names or {name: …}. */}}
{{- define "vt.imagePullSecrets" -}}
{{- $names := list -}}
{{- range (concat (((.Values.global).imagePullSecrets) | default list) (.Values.imagePullSecrets | default list)) -}}
{{- if kindIs "map" . }}{{ $names = append $names .name }}{{ else }}{{ $names = append $names . }}{{ end -}}
{{- end -}}
{{- with ($names | uniq) }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end -}}
{{- end -}}

{{/* The port /metrics is served on: metrics.port when set, else the component's http port. */}}
{{- define "vt.metricsPortName" -}}{{ ternary "metrics" "http" (not (empty .Values.metrics.port)) }}{{- end -}}

{{/*
Pod annotations of a component: the shared podAnnotations, the component's own, the
prometheus.io/* hints when metrics are on (for Prometheus set-ups without the operator) and a
checksum of the trusted issuers.
*/}}
{{- define "vt.podAnnotations" -}}
{{- $root := .root -}}
{{- $a := merge (dict) ((index $root.Values .component).podAnnotations | default dict) ($root.Values.podAnnotations | default dict) -}}
{{- if $root.Values.metrics.enabled -}}
{{- $port := default (index $root.Values .component).port $root.Values.metrics.port -}}
{{- $_ := set $a "prometheus.io/scrape" "true" -}}
{{- $_ := set $a "prometheus.io/port" (toString $port) -}}
{{- $_ := set $a "prometheus.io/path" $root.Values.metrics.path -}}
{{- end -}}
{{- with $root.Values.config.authIssuers -}}
{{- /* The apps read the issuers file at start-up only: a changed list rolls the pods. */ -}}
{{- $_ := set $a "checksum/issuers" (dict "issuers" . | toJson | sha256sum) -}}
{{- end -}}
{{- with $a }}{{ toYaml . }}{{ end -}}
{{- end -}}

{{/* topologySpreadConstraints, each without a labelSelector given the component's selector. */}}
{{- define "vt.topologySpreadConstraints" -}}
{{- $root := .root -}}
{{- $component := .component -}}
{{- range $root.Values.topologySpreadConstraints }}
{{- $c := deepCopy . }}
{{- if not (hasKey $c "labelSelector") }}
{{- $_ := set $c "labelSelector" (dict "matchLabels" (include "vt.selector" (dict "root" $root "component" $component) | fromYaml)) }}
{{- end }}
- {{ toYaml $c | nindent 2 | trim }}
{{- end }}
{{- end -}}

{{- define "vt.selector" -}}
app.kubernetes.io/name: veilig-thuis-platform
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "vt.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}{{ default (include "vt.fullname" .) .Values.serviceAccount.name }}{{- else -}}{{ default "default" .Values.serviceAccount.name }}{{- end -}}
{{- end -}}

{{/* The migration hook's ServiceAccount: a hook itself when the chart creates ServiceAccounts, else the given one. */}}
{{- define "vt.migrationServiceAccountName" -}}
{{- if .Values.serviceAccount.create -}}{{ include "vt.serviceAccountName" . }}-migrate{{- else -}}{{ include "vt.serviceAccountName" . }}{{- end -}}
{{- end -}}

{{- define "vt.secretName" -}}
{{- if .Values.secrets.create -}}{{ include "vt.fullname" . }}-env{{- else -}}{{ required "secrets.existingSecret is required (or set secrets.create with values)" .Values.secrets.existingSecret }}{{- end -}}
{{- end -}}

{{/* Env shared by every app container; no secrets here except references. */}}
{{- define "vt.commonEnv" -}}
- name: NODE_ENV
  value: {{ .Values.config.nodeEnv | quote }}
- name: HOST
  value: "0.0.0.0"
- name: LOG_LEVEL
  value: {{ .Values.config.logLevel | quote }}
- name: AUTH_ISSUER
  value: {{ .Values.config.authIssuer | quote }}
- name: AUTH_AUDIENCE
  value: {{ .Values.config.authAudience | quote }}
{{- with .Values.config.authJwksUrl }}
- name: AUTH_JWKS_URL
  value: {{ . | quote }}
{{- end }}
{{- if .Values.config.authIssuers }}
- name: AUTH_ISSUERS_FILE
  value: /etc/veilig-thuis/issuers/issuers.json
{{- end }}
- name: QUEUE_PREFIX
  value: {{ .Values.config.queuePrefix | quote }}
- name: DATABASE_POOL_SIZE
  value: {{ .Values.config.databasePoolSize | quote }}
- name: CORS_ORIGINS
  value: {{ join "," .Values.config.corsOrigins | quote }}
{{- with .Values.config.portal }}
{{- if ne (empty .oidcIssuer) (empty .oidcClientId) }}
{{- fail "config.portal.oidcIssuer and config.portal.oidcClientId go together (the portal login needs both)" }}
{{- end }}
{{- if .oidcIssuer }}
- name: OIDC_ISSUER
  value: {{ .oidcIssuer | quote }}
- name: OIDC_CLIENT_ID
  value: {{ .oidcClientId | quote }}
- name: OIDC_SCOPE
  value: {{ .oidcScope | quote }}
{{- end }}
- name: GRAPHIQL_ENABLED
  value: {{ .graphiql | quote }}
{{- end }}
- name: SHUTDOWN_GRACE_MS
  value: {{ mul (sub .Values.terminationGracePeriodSeconds (add .Values.preStopSleepSeconds 5)) 1000 | quote }}
{{- end -}}

{{/* Where document bytes are kept (api and worker). */}}
{{- define "vt.documentEnv" -}}
{{- $d := .Values.documents -}}
- name: DOCUMENT_STORE
  value: {{ $d.store | quote }}
{{- if eq $d.store "s3" }}
- name: S3_ENDPOINT
  value: {{ $d.s3.endpoint | quote }}
- name: S3_REGION
  value: {{ $d.s3.region | quote }}
- name: S3_BUCKET
  value: {{ $d.s3.bucket | quote }}
- name: S3_FORCE_PATH_STYLE
  value: {{ $d.s3.forcePathStyle | quote }}
{{- with $d.s3.existingSecret }}
{{ include "vt.secretEnv" (dict "key" "S3_ACCESS_KEY_ID" "secret" .) }}
{{ include "vt.secretEnv" (dict "key" "S3_SECRET_ACCESS_KEY" "secret" .) }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "vt.secretEnv" -}}
- name: {{ .key }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .key }}
{{- end -}}
