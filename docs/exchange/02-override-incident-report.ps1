<#
  Zorgvuldig: tell the privacy officer (FG) when someone sent a mail anyway after the add-in stopped it.
  The add-in then writes the internet header X-Zorgvuldig-Override (rule ids and the reason code; never
  message content). This rule sends an incident report for every such mail.

    Connect-ExchangeOnline -UserPrincipalName beheer@praktijk.nl
    .\02-override-incident-report.ps1 -PrivacyOfficer "fg@praktijk.nl"

  The report carries sender, recipients, the rule that matched and its severity. It deliberately leaves out
  the subject and the original message (no Subject, IdMatch or AttachOriginalMail): the FG gets evidence,
  not patient data.
  Parameters: learn.microsoft.com/powershell/module/exchangepowershell/new-transportrule
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [Parameter(Mandatory = $true)][string]$PrivacyOfficer
)

# HeaderMatchesPatterns "." matches any value: the header's presence is what counts.
New-TransportRule -Name "Zorgvuldig - melding aan FG bij overschrijven" `
  -HeaderMatchesMessageHeader "X-Zorgvuldig-Override" `
  -HeaderMatchesPatterns "." `
  -GenerateIncidentReport $PrivacyOfficer `
  -IncidentReportContent "Sender", "Recipients", "CC", "BCC", "Severity", "RuleDetections" `
  -SetAuditSeverity "Medium" `
  -Mode "Enforce" `
  -Comments "Zorgvuldig: a user overrode the send guard with a recorded reason." `
  -WhatIf:$WhatIfPreference

Get-TransportRule | Where-Object { $_.Name -like "Zorgvuldig*" } | Format-Table Name, State, Mode, Priority
