/** Dutch, the default. Keep alert texts short: Outlook shows at most 500 characters. */
export const nl = {
  "finding.bsn": "een BSN",
  "rule.secure-channel-required":
    "Deze mail bevat {what} en gaat naar {recipients} buiten de praktijk, niet via een beveiligd netwerk. Verstuur hem via de beveiligde mail (NTA 7516), ook als de patiënt akkoord is.",
  "alert.title.secure": "Zorgvuldig: verstuur deze mail beveiligd",
  "alert.title.block": "Zorgvuldig: deze mail kan zo niet weg",
  "alert.title.warn": "Zorgvuldig: controleer deze mail",
  "alert.error":
    "Zorgvuldig kon deze mail niet controleren. Probeer opnieuw te verzenden; lukt het niet, neem contact op met de beheerder.",
  "recipients.one": "1 ontvanger",
  "recipients.many": "{n} ontvangers",
};
