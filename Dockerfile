# Production image: the registry on PostgreSQL, built from source, run as a non-root user.
#   docker build -t supplier-risk-registry .
#   docker run -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/registry \
#     -e QUARKUS_DATASOURCE_USERNAME=registry -e QUARKUS_DATASOURCE_PASSWORD=... \
#     -e REGISTRY_ADMIN_INITIAL_PASSWORD=... \
#     -e REGISTRY_LEAKS_LOGIN_KEY=... -e REGISTRY_LEAKS_PASSWORD_KEY=... -e REGISTRY_SECURITY_TOTP_KEY=... \
#     -v registry-data:/var/lib/registry supplier-risk-registry

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -Dquarkus.datasource.db-kind=postgresql || true
COPY src src
RUN mvn -B package -DskipTests -Dquarkus.datasource.db-kind=postgresql

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 1001 registry \
 && useradd --system --uid 1001 --gid registry --home-dir /var/lib/registry --shell /usr/sbin/nologin registry \
 && mkdir -p /opt/registry /var/lib/registry/data /var/lib/registry/reports \
 && chown -R registry:registry /var/lib/registry
WORKDIR /opt/registry
COPY --from=build --chown=root:root /build/target/quarkus-app/ /opt/registry/
COPY --chown=root:root questionnaires/ /opt/registry/questionnaires/

ENV REGISTRY_DATA_DIR=/var/lib/registry/data \
    REGISTRY_REPORTS_DIR=/var/lib/registry/reports \
    REGISTRY_QUESTIONNAIRES_DIR=/opt/registry/questionnaires \
    QUARKUS_HTTP_PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

USER registry
EXPOSE 8080
VOLUME ["/var/lib/registry"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /q/health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '200 OK' <&3"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/registry/quarkus-run.jar"]
