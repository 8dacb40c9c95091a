<#
  Zorgvuldig (optional): in Outlook on the web and the new Outlook on Windows, lock the mail while the
  send check runs, so nobody edits it between the check and the actual send.

    Connect-ExchangeOnline -UserPrincipalName beheer@praktijk.nl
    .\03-outlook-web-onsend.ps1                       # the default policy, which applies to everyone
    .\03-outlook-web-onsend.ps1 -Policy "Zorgverleners"

  OnSendAddinsEnabled $true: a user can't edit a mail item while an on-send add-in processes it.
  Smart Alerts themselves need no mailbox policy; this setting only closes the editing gap.
  Parameters: learn.microsoft.com/powershell/module/exchangepowershell/set-owamailboxpolicy
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [string]$Policy = "OwaMailboxPolicy-Default"
)

Set-OwaMailboxPolicy -Identity $Policy -OnSendAddinsEnabled $true -WhatIf:$WhatIfPreference
Get-OwaMailboxPolicy -Identity $Policy | Format-List Name, OnSendAddinsEnabled
