# syntax=docker/dockerfile:1
# Build a static quotebot binary, then run it as a non-root user.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/quotebot ./cmd/quotebot

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/quotebot /usr/local/bin/quotebot
# The corpus is mounted read-only at /corpus; the index and the state
# store live in volumes so that restarts keep them.
ENV QUOTEBOT_CORPUS=/corpus \
    QUOTEBOT_INDEX=/var/lib/quotebot/index \
    QUOTEBOT_DATA=/var/lib/quotebot/data
VOLUME ["/corpus", "/var/lib/quotebot"]
USER nonroot:nonroot
# 8080: `serve --http` interactions; 8081: the health check.
EXPOSE 8080 8081
ENTRYPOINT ["/usr/local/bin/quotebot"]
CMD ["serve", "--health", ":8081"]
