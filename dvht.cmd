@echo off
rem dvht launcher for Windows: builds the jar on first use (mvnw.cmd), then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%app\target\dvht.jar"
if not exist "%JAR%" (
  echo dvht: building on first use ^(mvnw package^)... 1>&2
  pushd "%HERE%"
  call "%HERE%mvnw.cmd" -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo dvht: build failed, see the Maven messages above. 1>&2
    exit /b 1
  )
  popd
)
rem Short runs: delay the C2 compiler (see docs/benchmarks.md).
set "OPTS=-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=50000 -XX:Tier4CompileThreshold=110000 -XX:Tier4BackEdgeThreshold=1000000"
rem UTF-8 console so Vietnamese text shows correctly.
chcp 65001 >nul
java %OPTS% %DVHT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
