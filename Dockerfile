# The gateway's image: built from source with the Maven wrapper on a JDK, run on a JRE as a non-root user.
#
#   docker build -t zen-gateway .
#   docker run -p 8080:8080 -v zen-data:/data zen-gateway                     # embedded mode, data in the volume
#   docker run -p 8080:8080 -p 127.0.0.1:8081:8081 -e ADMIN_BIND=0.0.0.0 ... # also the admin port, from the host only
#   docker run ... -v "$PWD/config.yml:/config.yml:ro" zen-gateway server /config.yml
#
# The admin port keeps the gateway's own default (loopback) in the image: the HEALTHCHECK below runs inside the
# container, and whoever publishes the port or probes it from outside (compose, Kubernetes) opens it with ADMIN_BIND.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src

# Every pom first, then a build of the empty modules: that layer holds Maven, the plugins and every dependency,
# and is rebuilt only when a pom changes, not on each source edit.
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY domain/pom.xml domain/
COPY application/pom.xml application/
COPY adapters-in-http/pom.xml adapters-in-http/
COPY adapters-in-amqp/pom.xml adapters-in-amqp/
COPY adapters-embedded/pom.xml adapters-embedded/
COPY adapters-out-mongo/pom.xml adapters-out-mongo/
COPY adapters-out-jdbc/pom.xml adapters-out-jdbc/
COPY adapters-out-redis/pom.xml adapters-out-redis/
COPY adapters-out-http/pom.xml adapters-out-http/
COPY adapters-embedded/pom.xml adapters-embedded/
COPY bootstrap/pom.xml bootstrap/
RUN ./mvnw -B -ntp -pl bootstrap -am package -DskipTests

COPY domain/src domain/src
COPY application/src application/src
COPY adapters-in-http/src adapters-in-http/src
COPY adapters-in-amqp/src adapters-in-amqp/src
COPY adapters-embedded/src adapters-embedded/src
COPY adapters-out-mongo/src adapters-out-mongo/src
COPY adapters-out-jdbc/src adapters-out-jdbc/src
COPY adapters-out-redis/src adapters-out-redis/src
COPY adapters-out-http/src adapters-out-http/src
COPY adapters-embedded/src adapters-embedded/src
COPY bootstrap/src bootstrap/src
RUN ./mvnw -B -ntp -pl bootstrap -am package -DskipTests

FROM eclipse-temurin:21-jre

# curl for the HEALTHCHECK, installed here rather than trusted to stay in the base image, which keeps it only
# "for historical reasons".
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed numeric id, so Kubernetes' runAsNonRoot can check it, and the data directory it owns.
RUN groupadd --system --gid 10001 zen \
 && useradd --system --uid 10001 --gid zen --home-dir /data --no-create-home --shell /usr/sbin/nologin zen \
 && mkdir /data \
 && chown zen:zen /data

COPY --from=build /src/bootstrap/target/zen-gateway.jar /app/zen-gateway.jar

# The heap follows the container's memory limit instead of the JVM's default quarter of it. An OutOfMemoryError
# ends the process, so the orchestrator restarts it: every webhook answered 200 is already durable.
# Replace the whole variable to tune the JVM.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    ZEN_DATA_DIR=/data
VOLUME /data
# The working directory is the one writable place: a crash's hs_err file lands there, even on a read-only root.
WORKDIR /data
USER 10001:10001

EXPOSE 8080 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${ADMIN_PORT:-8081}/healthcheck" || exit 1

ENTRYPOINT ["java", "-jar", "/app/zen-gateway.jar"]
CMD ["server"]
