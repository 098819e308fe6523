; Inno Setup 6 script: the Windows installer of dnnd_desktop (per-user, no administrator rights).
; Build with installer\build_windows.ps1 (bundle first, then this), or by hand:
;     ISCC.exe /DAppVersion=0.1.0 installer\dnnd_desktop.iss
; Input: dist\dnnd_desktop\ (PyInstaller one-folder bundle). Output: dist\installer\.
; This file is UTF-8 with a byte order mark so the Vietnamese text survives (Inno Setup 6 needs the BOM).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Đối ngoại nhân dân"
#define AppExe "dnnd-gui.exe"
#define ProgId "dnnd_desktop.package"

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{7F45197D-9AB2-41E8-9077-FAB67EEE2C38}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Ủy ban Mặt trận Tổ quốc Việt Nam (phần mềm tự do GPL-3.0)
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
; Per-user install: no UAC prompt, no administrator; programs go to %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\dnnd_desktop
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist\installer
OutputBaseFilename=dnnd_desktop-{#AppVersion}-cai-dat
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
; Close a running copy (Restart Manager) so its files can be replaced.
CloseApplications=yes
RestartApplications=no
UsedUserAreasWarning=no
; Vietnamese (the first language, when present) without asking, whatever the Windows display language.
LanguageDetectionMethod=none
ShowLanguageDialog=no

[Languages]
; Vietnamese first (the default) when a Vietnamese.isl is available: the unofficial translation from
; https://jrsoftware.org/files/istrans/ placed in installer\ or in Inno Setup's Languages folder.
; Without it the wizard's own buttons are in English, while every message of ours stays Vietnamese.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; Ours are Vietnamese in every wizard language: the users read Vietnamese.
AssocDnnd=Mở tệp gói dữ liệu .dnnd bằng phần mềm này (nhấp đúp để xem trước khi nhập)
DesktopIcon=Tạo biểu tượng trên màn hình nền
ExtraTasks=Tùy chọn thêm:
Launch=Mở phần mềm {#AppName}
PackageType=Gói dữ liệu Đối ngoại nhân dân
DataKept=Đã gỡ phần mềm. Dữ liệu của đơn vị (cơ sở dữ liệu, bản sao lưu, tệp đính kèm) vẫn được giữ nguyên trong thư mục:%n%n%1%n%nKhi cài lại phần mềm, dữ liệu này sẽ được dùng tiếp. Nếu không cần nữa, hãy sao lưu rồi tự xóa thư mục đó.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:ExtraTasks}"; Flags: unchecked
Name: "assoc"; Description: "{cm:AssocDnnd}"; GroupDescription: "{cm:ExtraTasks}"

[InstallDelete]
; An upgrade replaces the program folder's bundle completely (no stale libraries from the old version).
; The data folder (%LOCALAPPDATA%\dnnd_desktop) is elsewhere and never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\dnnd_desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; .dnnd file association for this user only (HKCU\Software\Classes): a double-click runs
; dnnd-gui.exe "FILE.dnnd", which opens the package's import preview. Removed on uninstall.
Root: HKCU; Subkey: "Software\Classes\.dnnd"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.dnnd\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dnnd"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only the files it installed, never the data folder.

[Code]
function DataFolder(): String;
begin
  { platformdirs' user_data_dir("dnnd_desktop", roaming=False) on Windows }
  Result := ExpandConstant('{localappdata}\dnnd_desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
