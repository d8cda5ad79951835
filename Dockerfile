# The API's container image (issue 24). Build: docker build -t customiseyou/api .
# Stage 1 restores and publishes with the SDK; stage 2 is the ASP.NET runtime only, run as its non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first from the project files only, so a code change does not invalidate the package layer.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Domain/CustomiseYou.Domain.csproj src/Domain/
COPY src/Application/CustomiseYou.Application.csproj src/Application/
COPY src/Infrastructure/CustomiseYou.Infrastructure.csproj src/Infrastructure/
COPY src/WebApi/CustomiseYou.WebApi.csproj src/WebApi/
RUN dotnet restore src/WebApi/CustomiseYou.WebApi.csproj
COPY src/ src/
RUN dotnet publish src/WebApi/CustomiseYou.WebApi.csproj --configuration Release --no-restore --output /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# Production settings come from the environment and mounted files (deploy/k8s); nothing is written under /app,
# so the root file system can be read-only. /tmp is the only writable path the process needs (mount an emptyDir).
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_gcServer=1
EXPOSE 8080 9090
# The runtime image's built-in non-root user (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "CustomiseYou.WebApi.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "CustomiseYou.WebApi.dll"]
