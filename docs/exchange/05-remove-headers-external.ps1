<#
  Zorgvuldig: remove the add-in's internet headers from mail that leaves the practice (optional).

  The add-in writes X-Zorgvuldig-Verdict (action and rule ids), X-Zorgvuldig-Override (an opaque audit id,
  the reason code and the time; never an address or the explanation) and X-Zorgvuldig-Patient-Notice, and
  the secure-mail trigger header when the policy routes by header. None carries message content, but a
  practice may prefer that no recipient outside it sees that the guard looked at the mail.

    Connect-ExchangeOnline -UserPrincipalName beheer@praktijk.nl
    .\05-remove-headers-external.ps1                      # the three headers above
    .\05-remove-headers-external.ps1 -Extra "X-Zorgvuldig-Secure"   # also the routing header, if used

  No header condition: removing a header a mail does not have changes nothing. One rule per header: New-TransportRule's -RemoveHeader takes one header name (type HeaderName).
  -SentToScope NotInOrganization: only recipients outside the organization; mail inside the practice keeps
  the headers (the FG's incident report, 02-override-incident-report.ps1, reads X-Zorgvuldig-Override).
  The rules get the lowest priority (run last), so 01-route-secure-mail.ps1 and 02 still see the headers
  they match on before these rules remove them. Check the result with a message trace (Get-MessageTrace,
  Get-MessageTraceDetail) and by looking at the headers of a test mail to an outside mailbox.
  Parameters: learn.microsoft.com/powershell/module/exchangepowershell/new-transportrule
  (-RemoveHeader, -SentToScope, -Priority, -Mode)
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [string[]]$Extra = @()
)

$headers = @("X-Zorgvuldig-Verdict", "X-Zorgvuldig-Override", "X-Zorgvuldig-Patient-Notice") + $Extra
# the lowest priority: after every existing rule, including Zorgvuldig's routing and incident rules
$last = (Get-TransportRule | Measure-Object).Count

foreach ($header in $headers) {
  New-TransportRule -Name "Zorgvuldig - $header verwijderen naar buiten" `
    -SentToScope "NotInOrganization" `
    -RemoveHeader $header `
    -Priority $last `
    -Mode "Enforce" `
    -Comments "Zorgvuldig: the add-in's header does not leave the practice." `
    -WhatIf:$WhatIfPreference
  $last++
}

Get-TransportRule | Where-Object { $_.Name -like "Zorgvuldig*" } | Format-Table Name, State, Mode, Priority
