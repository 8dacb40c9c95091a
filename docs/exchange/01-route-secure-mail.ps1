<#
  Zorgvuldig: route mail that the add-in marked for the secure channel through the practice's secure-mail
  connector (ZorgMail, Zivver, KPN SecureMail, ...). Exchange Online PowerShell (ExchangeOnlineManagement).

  Run once, after the secure-mail provider's outbound connector exists:
    Connect-ExchangeOnline -UserPrincipalName beheer@praktijk.nl
    .\01-route-secure-mail.ps1 -ConnectorName "ZorgMail" -HeaderName "X-Zorgvuldig-Secure" -HeaderValue "ja"
  or, for a policy whose secureChannel.trigger is a subject tag:
    .\01-route-secure-mail.ps1 -ConnectorName "ZorgMail" -SubjectTag "[veilig]"

  The values must be the ones in the practice's policy.json (secureChannel.trigger).
  Add -WhatIf to see what would change without changing anything.
  Parameters: learn.microsoft.com/powershell/module/exchangepowershell/new-transportrule
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [Parameter(Mandatory = $true)][string]$ConnectorName,
  [string]$HeaderName,
  [string]$HeaderValue,
  [string]$SubjectTag
)

if (-not $SubjectTag -and -not ($HeaderName -and $HeaderValue)) {
  throw "Give -HeaderName and -HeaderValue, or -SubjectTag, exactly as in policy.json (secureChannel.trigger)."
}

# A mail-flow rule can only route through a connector that is scoped to mail-flow rules.
Set-OutboundConnector -Identity $ConnectorName -IsTransportRuleScoped $true -WhatIf:$WhatIfPreference

if ($HeaderName) {
  New-TransportRule -Name "Zorgvuldig - beveiligd verzenden (header)" `
    -HeaderContainsMessageHeader $HeaderName `
    -HeaderContainsWords $HeaderValue `
    -SentToScope "NotInOrganization" `
    -RouteMessageOutboundConnector $ConnectorName `
    -Mode "Enforce" `
    -Comments "Zorgvuldig: the add-in sets this header on mail that must go through the secure channel." `
    -WhatIf:$WhatIfPreference
}

if ($SubjectTag) {
  # SubjectMatchesPatterns takes a regular expression; Escape makes "[veilig]" match literally.
  New-TransportRule -Name "Zorgvuldig - beveiligd verzenden (onderwerp)" `
    -SubjectMatchesPatterns ([regex]::Escape($SubjectTag)) `
    -SentToScope "NotInOrganization" `
    -RouteMessageOutboundConnector $ConnectorName `
    -Mode "Enforce" `
    -Comments "Zorgvuldig: the add-in puts this tag in the subject of mail that must go through the secure channel." `
    -WhatIf:$WhatIfPreference
}

Get-TransportRule | Where-Object { $_.Name -like "Zorgvuldig*" } | Format-Table Name, State, Mode, Priority
