# dvht.cmd on Windows itself, with the real cmd.exe and the windows-x64 zip's own Java (built before by
# mvnw.cmd -Prelease package): the zip unpacked into a folder whose name has spaces and Vietnamese letters, then
# run as Explorer runs it -- cmd.exe /c ""<dvht.cmd>" <files>", a name quoted only when it has a space -- for
# files dropped from two folders with & ^ % ( ) and Vietnamese letters in their names, a Word file, a double-click
# with no file; and from a console and from a calling script. Run by the ci and release workflows (pwsh);
# WindowsLauncherIT runs the same cases under Wine with a stand-in java.exe.
$ErrorActionPreference = 'Stop'
$zip = Get-ChildItem -Path 'app/target' -Filter 'dvht-*-windows-x64.zip' | Select-Object -First 1
if (-not $zip) { throw 'no app/target/dvht-*-windows-x64.zip: run mvnw.cmd -Prelease package first' }
$temp = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { [IO.Path]::GetTempPath() }
$base = Join-Path $temp ('dvht-launcher-' + [Guid]::NewGuid().ToString('N').Substring(0, 8))
$install = Join-Path $base 'Tệp cài đặt'
Expand-Archive -Path $zip.FullName -DestinationPath $install
$release = (Get-ChildItem -Path $install -Directory | Select-Object -First 1).FullName
$script = Join-Path $release 'dvht.cmd'
$sample = Join-Path $release 'samples/003-thpt-ly-nhan.xlsx'
$failures = 0

function Check([bool] $ok, [string] $what) {
  if ($ok) { Write-Host "ok   $what" } else { Write-Host "FAIL $what"; $script:failures++ }
}

# Starts cmd.exe with exactly $arguments, as CreateProcess gets them; no key is ever typed (stdin at its end).
function Run([string] $arguments) {
  $info = [Diagnostics.ProcessStartInfo]::new('cmd.exe', $arguments)
  $info.UseShellExecute = $false
  $info.RedirectStandardInput = $true
  $info.RedirectStandardOutput = $true
  $info.RedirectStandardError = $true
  $info.StandardOutputEncoding = [Text.Encoding]::UTF8
  $info.StandardErrorEncoding = [Text.Encoding]::UTF8
  $process = [Diagnostics.Process]::Start($info)
  $process.StandardInput.Close()
  $out = $process.StandardOutput.ReadToEndAsync()
  $err = $process.StandardError.ReadToEndAsync()
  if (-not $process.WaitForExit(180000)) { $process.Kill(); throw "still running after 180 s: cmd.exe $arguments" }
  [pscustomobject]@{ Code = $process.ExitCode; Out = $out.Result; Err = $err.Result }
}

# Explorer's "open" verb, "%1" %*: the script quoted, each file quoted only when its name has a space.
function Drop([string[]] $files) {
  $names = $files | ForEach-Object { if ($_ -match ' ') { '"' + $_ + '"' } else { $_ } }
  Run ('/c ""' + $script + '" ' + ($names -join ' ') + '"')
}

$one = New-Item -ItemType Directory -Path (Join-Path $base 'Văn thư (2025)')
$two = New-Item -ItemType Directory -Path (Join-Path $base 'R&D')
$files = @((Join-Path $one 'Trường Lý Nhân.xlsx'), (Join-Path $two 'a&b.xlsx'), (Join-Path $two 'e^f.xlsx'),
  (Join-Path $two '100%x%.xlsx'), (Join-Path $two 'g(1).xlsx'))
foreach ($file in $files) { Copy-Item -LiteralPath $sample -Destination $file }

$run = Drop $files
Check ($run.Code -eq 0) "five files from two folders dropped: exit $($run.Code) $($run.Err)"
foreach ($file in $files) {
  $stem = [IO.Path]::Combine([IO.Path]::GetDirectoryName($file), [IO.Path]::GetFileNameWithoutExtension($file))
  Check (Test-Path -LiteralPath "$stem-ket-qua.xlsx") "dossier beside $file"
  Check (Test-Path -LiteralPath "$stem-bao-cao.docx") "report beside $file"
}
Check ($run.Out.TrimEnd().EndsWith('...')) 'a drop waits for a key'

$docx = Join-Path $two 'báo cáo.docx'
Copy-Item -LiteralPath (Join-Path $two 'a&b-bao-cao.docx') -Destination $docx
$run = Drop @($docx)
Check ($run.Code -eq 3) "a Word file dropped: exit $($run.Code), dvht's own message: $($run.Err)"
Check ($run.Out.TrimEnd().EndsWith('...')) 'a failed drop waits for a key'

$run = Run ('/c ""' + $script + '" "')
Check ($run.Code -eq 0 -and $run.Out.Contains('mau-danh-gia.xlsx')) "a double-click says what to do: $($run.Out)"

$run = Run ('/c ""' + $script + '" --version"')
Check ($run.Code -eq 0 -and $run.Out.Contains('Apache License 2.0') -and -not $run.Out.Contains('...')) "a program running dvht.cmd by its full path, no pause: $($run.Out)"
$run = Run ('/c cd /d "' + $release + '" && dvht.cmd ruleset check rulesets')
Check ($run.Code -eq 0 -and -not $run.Out.Contains('...')) "from a console: $($run.Out) $($run.Err)"

$caller = Join-Path $base 'đánh giá.bat'
$plain = Join-Path $base 'đơn vị.xlsx'
Copy-Item -LiteralPath (Join-Path $release 'samples/001-mn-hoa-sen.xlsx') -Destination $plain
# A calling script in UTF-8: ASCII until its own chcp 65001, as dvht.cmd is.
Set-Content -LiteralPath $caller -Encoding utf8NoBOM -Value ("@echo off`r`nchcp 65001 >nul`r`ncall `"$script`" `"$plain`" --no-files --fail-below 1`r`necho caller got %errorlevel%")
$run = Run ('/c ""' + $caller + '" "')
Check ($run.Out.Contains('caller got 4') -and -not $run.Out.Contains('...')) "a calling script gets the exit code, no pause: $($run.Out)"

$env:JAVA_HOME = 'C:\khong co\jdk-11'
$run = Run ('/c ""' + $script + '" --version"')
Check ($run.Code -eq 0) 'a stale JAVA_HOME does not hide the zip''s own Java'

if ($failures -gt 0) { throw "$failures launcher check(s) failed" }
Write-Host 'dvht.cmd: every check passed'
