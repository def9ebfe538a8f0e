{{- define "vt.fullname" -}}{{ printf "%s" .Release.Name | trunc 40 | trimSuffix "-" }}{{- end -}}

{{- define "vt.labels" -}}
app.kubernetes.io/name: veilig-thuis-platform
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
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
- name: AUTH_JWKS_URL
  value: {{ .Values.config.authJwksUrl | quote }}
- name: QUEUE_PREFIX
  value: {{ .Values.config.queuePrefix | quote }}
- name: DATABASE_POOL_SIZE
  value: {{ .Values.config.databasePoolSize | quote }}
- name: CORS_ORIGINS
  value: {{ join "," .Values.config.corsOrigins | quote }}
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
