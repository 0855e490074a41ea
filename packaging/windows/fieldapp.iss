; Inno Setup script of the Windows installer of FieldApp (Inno Setup 6).
;
; It packs the folder that packaging\fieldapp.spec builds on Windows (dist\fieldapp\, with
; fieldapp.exe for the command line and fieldapp-gui.exe for the desktop app) into one
; FieldApp-<version>-setup.exe. Build from the repository root, after PyInstaller:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\fieldapp.iss
;
; The installer writes only program files. Each officer's encrypted workspace is created by the
; app under the user's own data folder (%LOCALAPPDATA%\FieldApp\workspace, or FIELDAPP_HOME)
; and is never touched by installing, upgrading or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "FieldApp"
#define DistDir "..\..\dist\fieldapp"

[Setup]
; A fixed id: upgrades replace the same installation instead of adding a second one.
AppId={{6F3C2B1E-5A7D-4C1B-9E0F-FA11D0A5E201}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=FieldApp
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install needs no administrator, as on most office laptops; an administrator may still
; choose an install for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=FieldApp-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\fieldapp-gui.exe
; The command line is usable from any terminal after installing.
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Albanian or Serbian messages; add their .isl files here when available.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "Add the fieldapp command to PATH"; GroupDescription: "Command line:"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\fieldapp-gui.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\fieldapp-gui.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
  ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\fieldapp-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
