; Inno Setup script for Paraat on Windows: a per-user install that needs no admin rights.
;
; Build the bundle first (py packaging\build.py, on Windows), then from the repository folder:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\paraat.iss
;
; which writes dist\paraat-<version>-windows-x64-setup.exe. Written for Inno Setup 6.3 or
; newer (x64compatible, {autopf}, {autoprograms}); it cannot be compiled or tried on the
; Linux CI, so try every release on a real Windows PC before handing it out.
;
; Silent install, for IT staff (see docs/library-it.md):
;     paraat-...-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;     paraat-...-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS   (as admin)
;     ... /POLICY="\\server\share\paraat-policy.toml"   copies an admin policy beside paraat.exe
; Silent uninstall: "%LOCALAPPDATA%\Programs\Paraat\unins000.exe" /VERYSILENT

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\paraat.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\paraat"
#endif

[Setup]
; AppId identifies Paraat for upgrades and the uninstaller: never change it.
AppId={{A68D808F-749E-5FA5-BD70-929F400F806A}
AppName=Paraat
AppVersion={#AppVersion}
AppVerName=Paraat {#AppVersion}
AppPublisher=Paraat
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Paraat
; Per user, without admin rights: {autopf} is then %LOCALAPPDATA%\Programs and the Start-menu
; entry goes to the user's own Start menu. An administrator may still choose an install for
; everyone with /ALLUSERS on the command line (then Program Files and the common Start menu).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Paraat
DefaultGroupName=Paraat
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=paraat-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\paraat.ico
UninstallDisplayIcon={app}\paraat.exe
UninstallDisplayName=Paraat
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Paraat must be closed to be updated; it saves every change at once, so closing loses nothing.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.StartComment=Je noodplan en noodpakket, zonder internet
en.StartComment=Your emergency plan and kit, offline

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; never a portable marker or someone's data folder.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "\portable,\data,\data\*,\paraat-policy.toml"; Flags: ignoreversion recursesubdirs createallsubdirs
; An admin policy given on the command line with /POLICY="path" (see docs/library-it.md).
Source: "{param:POLICY|}"; DestDir: "{app}"; DestName: "paraat-policy.toml"; Flags: external ignoreversion; Check: PolicyGiven

[Icons]
Name: "{autoprograms}\Paraat"; Filename: "{app}\paraat.exe"; Comment: "{cm:StartComment}"
Name: "{autodesktop}\Paraat"; Filename: "{app}\paraat.exe"; Comment: "{cm:StartComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\paraat.exe"; Description: "{cm:LaunchProgram,Paraat}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what Setup installed. The user's own data in %LOCALAPPDATA%\Paraat
; stays: removing a program must not remove someone's emergency plan. "paraat delete-all"
; erases it on purpose.

[Code]
function PolicyGiven: Boolean;
begin
  Result := ExpandConstant('{param:POLICY|}') <> '';
end;
