# syntax=docker/dockerfile:1
#
# The production image of the Gemeenschapsfonds application.
#   docker build -t gemeenschapsfonds .
# Needs an external PostgreSQL (SPRING_DATASOURCE_URL/USERNAME/PASSWORD); see docker-compose.yml.
# The application speaks plain HTTP on 8080 and is meant to sit behind a TLS-terminating proxy.

# ---- build: the Vaadin production jar (precompiled bundle, no npm needed) ----
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY frontend frontend
# the Maven cache (and the Maven distribution ./mvnw fetches) survive between builds with BuildKit
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -Pproduction -DskipTests package \
    && cp target/gemeenschapsfonds-*.jar /workspace/app.jar

# ---- runtime: JRE only, unprivileged user ----
FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --create-home --home-dir /home/app --shell /usr/sbin/nologin app
WORKDIR /app
# The jar extracted (faster class loading), then one training start that writes the JDK's AOT cache: the
# context is built as in production without a database (profile aot-training) and the JVM exits after the
# refresh. The jar carries Spring's AOT-generated bean definitions (process-aot with the prod profile, in the
# Maven production profile), used with -Dspring.aot.enabled=true: no configuration parsing or condition
# evaluation at start, but beans switched on or off by a property are fixed at build time (ADR 0015).
# With both the application is up in ~4-5 s instead of ~11-17 s on 2 cores (docs/performance.md,
# benchmark 5). The cache belongs to this JVM and this jar; a mismatch only makes the JVM start without it.
COPY --from=build /workspace/app.jar /tmp/app.jar
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app \
    && rm /tmp/app.jar \
    && java -XX:MaxRAMPercentage=75.0 -Dspring.aot.enabled=true -XX:AOTCacheOutput=/app/app.aot \
        -Dspring.context.exit=onRefresh -jar /app/app.jar --spring.profiles.active=prod,aot-training
USER app:app
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
# Readiness turns 200 after the Flyway migrations and the first-admin runner (seconds; the first start on an
# empty database also runs every migration).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
# The heap follows the container's memory limit instead of the JVM's 25 % default.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-Dspring.aot.enabled=true", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
