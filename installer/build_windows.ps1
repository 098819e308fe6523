<#
.SYNOPSIS
  Build the Windows installer of dnnd_desktop: environment, PyInstaller bundle, frozen selftest,
  then Inno Setup. Run from any folder in PowerShell:  .\installer\build_windows.ps1

.DESCRIPTION
  Needs Python >= 3.11 (python.org, 64-bit) and Inno Setup 6 (https://jrsoftware.org/isdl.php).
  Optional: the unofficial Vietnamese.isl (https://jrsoftware.org/files/istrans/) copied into
  installer\ so the wizard's own buttons are Vietnamese too.
  Output: dist\dnnd_desktop\ (the bundle) and dist\installer\dnnd_desktop-<version>-cai-dat.exe
#>
param(
    [string]$Python = "python",     # the Python used to create .venv (py -3.11 works too: -Python "py")
    [switch]$SkipBundle,            # reuse an existing dist\dnnd_desktop
    [string]$Iscc = ""              # path to ISCC.exe if it is not in a usual place
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$Exe $Arguments' failed with exit code $LASTEXITCODE" }
}

# 1. The project environment (.venv, same as `python dev.py test`) plus PyInstaller (a dev extra).
Invoke-Checked $Python @("dev.py", "env")
$Py = Join-Path $Root ".venv\Scripts\python.exe"
Invoke-Checked $Py @("-m", "pip", "install", "-q", "pyinstaller>=6")
$Version = (& $Py -c "import dnnd_desktop; print(dnnd_desktop.__version__)").Trim()

# 2. The one-folder bundle, then its selftest (frozen dnnd.exe; temporary folders only).
if (-not $SkipBundle) {
    Invoke-Checked $Py @("installer\build_bundle.py", "--selftest")
} else {
    Invoke-Checked $Py @("installer\build_bundle.py", "--no-build", "--selftest")
}

# 3. Inno Setup.
if (-not $Iscc) {
    $candidates = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    $Iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc -or -not (Test-Path $Iscc)) {
    throw "ISCC.exe (Inno Setup 6) not found. Install it from https://jrsoftware.org/isdl.php or pass -Iscc PATH."
}
Invoke-Checked $Iscc @("/Qp", "/DAppVersion=$Version", "installer\dnnd_desktop.iss")
Get-ChildItem "dist\installer\*.exe" | ForEach-Object { "{0}  {1:N1} MB" -f $_.FullName, ($_.Length / 1MB) }
