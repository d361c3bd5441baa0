# syntax=docker/dockerfile:1
# One image for the gateway and every department subgraph; docker-compose.yml picks the entry file per service.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 (the embedded mode's driver) compiles from source when its prebuilt binary cannot be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# npm install keeps to the lock file; npm ci refuses it because the lock lacks other platforms' optional binaries (see .ci/run).
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY scripts ./scripts
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

FROM node:20-bookworm-slim
# APOLLO_TELEMETRY_DISABLED: no call leaves the city's network; the gateway sets it itself too (gateway/no-outside-calls.ts).
ENV NODE_ENV=production \
    HUB_MODE=production \
    APOLLO_TELEMETRY_DISABLED=true
WORKDIR /app
# Owned by root and only readable by the `node` user, so a compromised process cannot rewrite its own code.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The committed supergraph the gateway serves, and the subgraph SDL snapshots; the code finds them next to package.json.
COPY schema ./schema
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006
# The gateway's heap cap (README "Memory"); docker-compose.yml sets each service's through NODE_OPTIONS.
CMD ["node", "--max-old-space-size=384", "dist/gateway/main.js"]
