@echo off
rem evalsheet 启动脚本（Windows）/ launcher for Windows: the same commands and options as bin/evalsheet.
rem   bin\evalsheet.cmd serve --inbox D:\绩效自评\收件箱 --out D:\绩效自评\结果
rem   bin\evalsheet.cmd batch D:\绩效自评\收件箱 --out D:\绩效自评\结果
rem Needs a Java 17 (or later) runtime: JAVA_HOME, or java on PATH. EVALSHEET_JAVA_OPTS adds JVM flags.
setlocal
rem Chinese output is UTF-8: switch the console's code page for as long as evalsheet runs.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "EVALSHEET_OLDCP=%%c"
chcp 65001 >nul

set "EVALSHEET_HOME=%~dp0.."
set "EVALSHEET_JARFILE=%EVALSHEET_JAR%"
if "%EVALSHEET_JARFILE%"=="" if exist "%EVALSHEET_HOME%\lib\evalsheet.jar" set "EVALSHEET_JARFILE=%EVALSHEET_HOME%\lib\evalsheet.jar"
if "%EVALSHEET_JARFILE%"=="" set "EVALSHEET_JARFILE=%EVALSHEET_HOME%\target\evalsheet.jar"
if not exist "%EVALSHEET_JARFILE%" (
  echo 找不到 %EVALSHEET_JARFILE%：请解压完整的 evalsheet 安装包 / the jar is missing 1>&2
  set "EVALSHEET_STATUS=2"
  goto done
)

set "EVALSHEET_JAVA=java"
if not "%JAVA_HOME%"=="" if exist "%JAVA_HOME%\bin\java.exe" set "EVALSHEET_JAVA=%JAVA_HOME%\bin\java.exe"
"%EVALSHEET_JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo 找不到 java：需要 Java 17 或更新版本 / java not found: Java 17 or later is needed 1>&2
  set "EVALSHEET_STATUS=2"
  goto done
)

set "EVALSHEET_FLAGS=-XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
if /i not "%~1"=="serve" if /i not "%~1"=="watch" set "EVALSHEET_FLAGS=-XX:TieredStopAtLevel=1 %EVALSHEET_FLAGS%"
"%EVALSHEET_JAVA%" %EVALSHEET_FLAGS% %EVALSHEET_JAVA_OPTS% -jar "%EVALSHEET_JARFILE%" %*
set "EVALSHEET_STATUS=%ERRORLEVEL%"

:done
if not "%EVALSHEET_OLDCP%"=="" chcp %EVALSHEET_OLDCP% >nul
endlocal & exit /b %EVALSHEET_STATUS%
