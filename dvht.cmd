@echo off
rem dvht launcher for Windows. UTF-8 without BOM, CRLF line ends (.gitattributes). Every line up to
rem "chcp 65001" is ASCII: cmd.exe decodes each line in the code page current when it reads it, so
rem the Vietnamese below is read as UTF-8. The previous code page is restored on every exit.
setlocal
for /f "tokens=*" %%a in ('chcp') do for %%b in (%%a) do set "DVHT_CP=%%~nb"
chcp 65001 >nul
set "HERE=%~dp0"
set "RC=0"

rem Dropped on (or "Open with"), or double-clicked: the window closes at the end, so wait for a key.
set "DROP="
if not "%~1"=="" if exist "%~1" for %%e in (.xlsx .xls .csv) do if /i "%~x1"=="%%e" set "DROP=1"
set "DVHT_PAUSE="
setlocal EnableDelayedExpansion
if /i not "!CMDCMDLINE:/c =!"=="!CMDCMDLINE!" set "DVHT_PAUSE=1"
endlocal & set "DVHT_PAUSE=%DVHT_PAUSE%"
if defined DVHT_NO_PAUSE set "DVHT_PAUSE="
if not defined DROP if not "%~1"=="" set "DVHT_PAUSE="

rem Java 17 or newer: JAVA_HOME if set, else java on PATH; its errors (not found, too old) stay in a file.
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "JV="
set "PROBE=%TEMP%\dvht-java-%RANDOM%.txt"
"%JAVA%" -XshowSettings:properties -version >nul 2>"%PROBE%"
for /f "tokens=2 delims== " %%v in ('findstr java.specification.version "%PROBE%"') do set "JV=%%v"
del "%PROBE%" >nul 2>&1
if defined JV goto :version
echo dvht: không tìm thấy Java. Hãy cài Java 17 trở lên (bản Windows x64 .msi của Eclipse Temurin tại https://adoptium.net), rồi mở lại cửa sổ này. 1>&2
set "RC=1"
goto :end
:version
if "%JV:~0,2%"=="1." set "JV=8"
if %JV% GEQ 17 goto :jar
echo dvht: cần Java 17 trở lên, máy đang dùng Java %JV% (%JAVA%). Hãy cài Java 17 hoặc 21 (Eclipse Temurin tại https://adoptium.net), hoặc đặt JAVA_HOME là thư mục của bản đó. 1>&2
set "RC=1"
goto :end

:jar
rem A release has lib\dvht.jar; a source tree builds app\target\dvht.jar when missing or older than the sources.
set "JAR=%HERE%lib\dvht.jar"
if exist "%JAR%" goto :run
set "JAR=%HERE%app\target\dvht.jar"
if not exist "%JAR%" goto :build
powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; if (Get-ChildItem '%HERE%app\src\main','%HERE%rulesets','%HERE%pom.xml','%HERE%app\pom.xml' -Recurse -File | Where-Object LastWriteTime -gt $j) {exit 1}" >nul 2>&1
if not errorlevel 1 goto :run
:build
echo dvht: dựng chương trình (mvnw package, lần đầu khoảng 1–2 phút)... 1>&2
pushd "%HERE%"
call "%HERE%mvnw.cmd" -q -DskipTests package 1>&2
set "RC=%ERRORLEVEL%"
popd
if "%RC%"=="0" goto :run
echo dvht: dựng thất bại; xem thông báo của Maven ở trên. 1>&2
set "RC=1"
goto :end

:run
rem Short runs: delay the C2 compiler (docs/benchmarks.md).
set "OPTS=-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=50000 -XX:Tier4CompileThreshold=110000 -XX:Tier4BackEdgeThreshold=1000000"
if defined DROP goto :drop
"%JAVA%" %OPTS% %DVHT_JAVA_OPTS% -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if "%~1"=="" if defined DVHT_PAUSE echo Kéo thả tệp danh sách thành viên .xlsx, .xls hoặc .csv vào biểu tượng dvht.cmd để đánh giá.
goto :end
:drop
rem The dossier goes beside the (first) workbook, written again on a second drop; then its folder is shown.
rem ("%~dp1." and not "%~dp1": a backslash before a closing quote would escape it.)
"%JAVA%" %OPTS% %DVHT_JAVA_OPTS% -jar "%JAR%" evaluate %* --out "%~dp1." --overwrite
set "RC=%ERRORLEVEL%"
if "%RC%"=="0" start "" explorer.exe /select,"%~dpn1-ket-qua.xlsx"
if "%RC%"=="4" start "" explorer.exe /select,"%~dpn1-ket-qua.xlsx"

:end
if not defined DVHT_PAUSE goto :done
echo.
echo Nhấn phím bất kỳ để đóng cửa sổ...
pause >nul
:done
chcp %DVHT_CP% >nul
exit /b %RC%
