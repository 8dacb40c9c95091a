<#
  Zorgvuldig: route mail that the add-in marked for the secure channel through the practice's secure-mail
  connector (ZorgMail, Zivver, KPN SecureMail, ...). Exchange Online PowerShell (ExchangeOnlineManagement).

  Run once, after the secure-mail provider's outbound connector exists:
    Connect-ExchangeOnline -UserPrincipalName beheer@praktijk.nl
    .\01-route-secure-mail.ps1 -ConnectorName "ZorgMail" -HeaderName "X-Zorgvuldig-Secure" -HeaderValue "ja"
  or, for a policy whose secureChannel.trigger is a subject tag:
    .\01-route-secure-mail.ps1 -ConnectorName "ZorgMail" -SubjectTag "[veilig]"

  The values must be the ones in the practice's policy.json (secureChannel.trigger).

  A third rule appends the patient notice (handbook 002, Communicatietoolkit) to secure mail to a patient
  that the send handler routed automatically: it marks such mail with the header
  X-Zorgvuldig-Patient-Notice, because Microsoft does not document that appendOnSendAsync called inside
  OnMessageSend reaches the send under way (docs/office-apis.md). Give the practice's own text with
  -NoticeText when it differs from the handbook's model text.
  Add -WhatIf to see what would change without changing anything.
  Parameters: learn.microsoft.com/powershell/module/exchangepowershell/new-transportrule
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [Parameter(Mandatory = $true)][string]$ConnectorName,
  [string]$HeaderName,
  [string]$HeaderValue,
  [string]$SubjectTag,
  [string]$NoticeText = "Voor het versturen van deze e-mail maken we gebruik van een veilige e-maildienst. Hierdoor zorgen we ervoor dat de medische gegevens die we met u delen beveiligd zijn. Alleen u kunt deze e-mail inzien. Wilt u er meer over weten? Ga dan naar onze website voor meer informatie."
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

# The notice the send handler asked for (header X-Zorgvuldig-Patient-Notice), added by Exchange.
New-TransportRule -Name "Zorgvuldig - patientbericht onder beveiligde mail" `
  -HeaderContainsMessageHeader "X-Zorgvuldig-Patient-Notice" `
  -HeaderContainsWords "nl", "en" `
  -SentToScope "NotInOrganization" `
  -ApplyHtmlDisclaimerText $NoticeText `
  -ApplyHtmlDisclaimerLocation "Append" `
  -ApplyHtmlDisclaimerFallbackAction "Wrap" `
  -Mode "Enforce" `
  -Comments "Zorgvuldig: the send handler marks secure mail to a patient; Exchange appends the notice." `
  -WhatIf:$WhatIfPreference

Get-TransportRule | Where-Object { $_.Name -like "Zorgvuldig*" } | Format-Table Name, State, Mode, Priority
