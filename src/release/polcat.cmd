@echo off
rem polcat launcher (Windows): runs the polcat.jar next to this bin\ folder. Needs Java 17 or newer.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -jar "%~dp0..\polcat.jar" %*
exit /b %ERRORLEVEL%
