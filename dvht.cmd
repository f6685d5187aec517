@echo off
rem dvht launcher for Windows. UTF-8 without BOM, CRLF line ends (.gitattributes). Every line up to
rem "chcp 65001" is ASCII: cmd.exe decodes each line in the code page current when it reads it, so
rem the Vietnamese below is read as UTF-8. The previous code page is restored on every exit.
rem Run under Wine's cmd by WindowsLauncherIT, and on Windows by the release workflow (docs/release.md).
setlocal
for /f "tokens=*" %%a in ('chcp') do for %%b in (%%a) do set "DVHT_CP=%%~nb"
chcp 65001 >nul
rem The short (8.3) form of this folder: java.exe reads its arguments in the ANSI code page, which may
rem have no letter for a Vietnamese folder name.
set "HERE=%~dps0"
set "RC=0"

rem Started by Explorer (files dropped on it, "Open with", or a double-click), Windows ran
rem   C:\Windows\system32\cmd.exe /c ""<this script>" <files>"
rem and closes the window at the end. Explorer quotes only names with spaces, so & or ^ in a name cut
rem the first argument short: dvht reads the files from that line itself (DVHT_CMDLINE), never from
rem the arguments. A script that calls this one has its own name there, so it runs as from a console:
rem no drop, no pause.
set "EXPLORER="
set "DROP="
set "DVHT_LINE=%CMDCMDLINE:"=%"
set "DVHT_AFTER=%DVHT_LINE:*/c =%"
call set "DVHT_TAIL=%%DVHT_AFTER:*%~nx0=%%"
if /i "%DVHT_AFTER%"=="%~f0%DVHT_TAIL%" set "EXPLORER=1"
if defined EXPLORER if defined DVHT_TAIL if not "%DVHT_TAIL: =%"=="" set "DROP=1"
set "DVHT_LINE="
set "DVHT_AFTER="
set "DVHT_TAIL="
set "DVHT_PAUSE=%EXPLORER%"
if defined DVHT_NO_PAUSE set "DVHT_PAUSE="

rem Java 17 or newer: this folder's own runtime (the windows-x64 zip), else JAVA_HOME's, else the java
rem on PATH. Each is asked its version; what it prints stays in a file.
set "JAVA="
set "JV="
set "NOTE="
set "PROBE=%TEMP%\dvht-java-%RANDOM%.txt"
set "TRY="
if exist "%HERE%runtime\bin\java.exe" set "TRY=%HERE%runtime\bin\java.exe"
if defined TRY call :probe
if defined JAVA goto :jar
set "TRY="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "TRY=%JAVA_HOME%\bin\java.exe"
if defined TRY call :probe
if defined JAVA goto :jar
if defined JAVA_HOME if not defined TRY set "NOTE=JAVA_HOME (%JAVA_HOME%) không còn Java: không có bin\java.exe (Java ở đó đã bị gỡ hoặc chuyển đi)."
if defined TRY if defined JV set "NOTE=JAVA_HOME (%JAVA_HOME%) là Java %JV%, cần 17 trở lên."
if defined TRY if not defined JV set "NOTE=JAVA_HOME (%JAVA_HOME%) có bin\java.exe nhưng không chạy được."
set "TRY="
set "JV="
for %%j in (java.exe) do set "TRY=%%~$PATH:j"
if defined TRY call :probe
if defined JAVA if defined NOTE set "MSG=dvht: %NOTE% Dùng Java trên PATH (%TRY%)."
if defined JAVA if defined NOTE call :say
if defined JAVA goto :jar
if defined NOTE set "MSG=dvht: %NOTE%"
if defined NOTE call :say
if defined JV goto :old
set "MSG=dvht: không tìm thấy Java 17 trở lên. Hãy cài Java 17 hoặc 21 (bản Windows x64 .msi của Eclipse Temurin tại https://adoptium.net), rồi mở lại cửa sổ này; hoặc dùng bản dvht-...-windows-x64.zip có sẵn Java."
call :say
set "RC=1"
goto :end
:old
set "MSG=dvht: cần Java 17 trở lên, máy đang dùng Java %JV% (%TRY%). Hãy cài Java 17 hoặc 21 (bản Windows x64 .msi của Eclipse Temurin tại https://adoptium.net), hoặc đặt JAVA_HOME là thư mục của bản đó."
call :say
set "RC=1"
goto :end

:jar
rem A release has lib\dvht.jar; a source tree builds app\target\dvht.jar when missing or older than the sources.
set "JAR=%HERE%lib\dvht.jar"
if exist "%JAR%" goto :run
set "JAR=%HERE%app\target\dvht.jar"
if not exist "%HERE%app\src\main" goto :nojar
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
:nojar
echo dvht: thiếu lib\dvht.jar bên cạnh dvht.cmd; hãy giải nén lại cả tệp zip của dvht vào một thư mục trống. 1>&2
set "RC=1"
goto :end

:run
rem Short runs: delay the C2 compiler (docs/benchmarks.md).
set "OPTS=-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=50000 -XX:Tier4CompileThreshold=110000 -XX:Tier4BackEdgeThreshold=1000000"
if defined DROP goto :drop
if defined EXPLORER goto :usage
rem A file first (dvht.cmd C:\...\don-vi.xlsx, from another script) is evaluated, as with evaluate.
set "FIRST="
if not "%~1"=="" if exist "%~1" if not exist "%~1\*" set "FIRST=evaluate"
"%JAVA%" %OPTS% %DVHT_JAVA_OPTS% -jar "%JAR%" %FIRST% %*
set "RC=%ERRORLEVEL%"
goto :end
:usage
echo dvht đánh giá "Đơn vị học tập" theo Thông tư 24/2023. Hãy kéo thả tệp danh sách thành viên (.xlsx, .xls, .csv) vào biểu tượng dvht.cmd: bản tổng hợp và báo cáo được ghi ngay bên cạnh tệp. Chưa có danh sách thì điền bảng tính mẫu mau-danh-gia.xlsx trong thư mục này; hướng dẫn từng bước: docs\huong-dan\README.md.
goto :end
:drop
rem A program that ran this script by its full quoted path gives the same line: dvht then runs its words
rem as arguments, and makes the DVHT_PLAIN file to say so (no wait for a key).
set "DVHT_PLAIN=%TEMP%\dvht-plain-%RANDOM%%RANDOM%.txt"
setlocal EnableDelayedExpansion
set "DVHT_CMDLINE=!CMDCMDLINE!"
"!JAVA!" !OPTS! !DVHT_JAVA_OPTS! -jar "!JAR!" explorer-drop
endlocal & set "RC=%ERRORLEVEL%"
if exist "%DVHT_PLAIN%" set "DVHT_PAUSE="
del "%DVHT_PLAIN%" >nul 2>&1

:end
if not defined DVHT_PAUSE goto :done
echo.
echo Nhấn phím bất kỳ để đóng cửa sổ...
pause >nul
:done
chcp %DVHT_CP% >nul
if defined EXPLORER exit %RC%
exit /b %RC%

:probe
rem JV: the version of the java in TRY; JAVA: that java when it is 17 or newer.
set "JV="
"%TRY%" -XshowSettings:properties -version >nul 2>"%PROBE%"
for /f "usebackq tokens=1,2 delims== " %%u in ("%PROBE%") do if "%%u"=="java.specification.version" set "JV=%%v"
del "%PROBE%" >nul 2>&1
if not defined JV goto :eof
if "%JV:~0,2%"=="1." set "JV=8"
if %JV% GEQ 17 set "JAVA=%TRY%"
goto :eof

:say
rem MSG on stderr, read with delayed expansion: & ^ ( ) in a path stay as they are.
setlocal EnableDelayedExpansion
echo !MSG! 1>&2
endlocal
goto :eof
