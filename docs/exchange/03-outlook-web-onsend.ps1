<#
  Zorgvuldig (required): make Smart Alerts hold in Outlook on the web and the new Outlook on Windows.

    Connect-ExchangeOnline -UserPrincipalName beheer@praktijk.nl
    .\03-outlook-web-onsend.ps1                       # the default policy, which applies to everyone
    .\03-outlook-web-onsend.ps1 -Policy "Zorgverleners"

  Set-OwaMailboxPolicy -OnSendAddinsEnabled $true: "a user can't edit a mail item while an on-send add-in
  is processing it" in Outlook on the web and the new Outlook on Windows (Microsoft's parameter
  description). Zorgvuldig needs it there: without it a user can change the mail between the check and
  the send, and a client started offline sends without waiting for the add-in. Set it on every OWA
  mailbox policy the practice's users have.

  The other clients have their own setting (docs/exchange/README.md): Outlook on Mac the preference
  OnSendAddinsWaitForLoad (04-mac-onsend-wait-for-load.mobileconfig, through the Mac management tool);
  classic Outlook on Windows follows the manifest's SendMode="Block".
  Parameters: learn.microsoft.com/powershell/module/exchangepowershell/set-owamailboxpolicy
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [string]$Policy = "OwaMailboxPolicy-Default"
)

Set-OwaMailboxPolicy -Identity $Policy -OnSendAddinsEnabled $true -WhatIf:$WhatIfPreference
Get-OwaMailboxPolicy -Identity $Policy | Format-List Name, OnSendAddinsEnabled
