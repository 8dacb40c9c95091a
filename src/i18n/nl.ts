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
  "what.medical": "medische informatie over een persoon",
  "what.logistic": "afspraakgegevens van een persoon",
  "what.attachment": "een bijlage met gezondheidsgegevens",
  "rule.secure-channel-required.context":
    "In deze praktijk ({care}) is ook een afspraak- of praktijkbericht aan één patiënt gevoelig. Verstuur deze mail via de beveiligde mail (NTA 7516).",
  "rule.unencrypted-attachment":
    "De bijlage bevat gezondheidsgegevens en gaat onversleuteld buiten de praktijk. Verstuur de mail beveiligd, of versleutel het bestand (bijv. met 7-Zip) en geef het wachtwoord via sms of telefoon.",
  "rule.unencrypted-attachment.many":
    "Bijlagen met gezondheidsgegevens gaan onversleuteld buiten de praktijk. Verstuur de mail beveiligd, of versleutel de bestanden (bijv. met 7-Zip) en geef het wachtwoord via sms of telefoon.",
  "rule.password-in-mail":
    "Het wachtwoord van de versleutelde bijlage staat in deze mail. Haal het wachtwoord uit de mail en geef het via een ander kanaal, zoals sms of telefoon; nooit per e-mail.",
  "rule.visible-group-recipients":
    "Meerdere patiënten zien elkaars e-mailadres in Aan of CC. Zet de ontvangers in BCC, zodat niemand ziet wie de mail nog meer krijgt.",
  "rule.lookalike-domain":
    "Het domein {domain} lijkt op {known}, maar is het niet: waarschijnlijk een tikfout. Controleer de geadresseerde voordat u verstuurt.",
  "rule.recipient-mismatch":
    "De aanhef noemt iemand anders dan de ontvanger, en de mail bevat gezondheidsgegevens. Controleer of u de juiste geadresseerde hebt gekozen.",
  "rule.internal-attachment":
    "U stuurt gezondheidsgegevens binnen de praktijk als bijlage. Zet liever een link naar het bestand (HIS of gedeelde map) in de mail in plaats van het bestand zelf.",
  "rule.new-recipient":
    "U mailt gezondheidsgegevens naar een adres buiten de praktijk waar u nog niet eerder naar mailde. Controleer of het adres klopt.",
  "rule.error":
    "Deze controle kon niet worden uitgevoerd. Volgens het beleid van de praktijk gaat de mail niet ongecontroleerd weg; probeer het opnieuw of neem contact op met de beheerder.",
  "alert.action.secure": "Veilig verzenden",
  "alert.action.block": "Bekijk en herstel",
  "alert.action.error": "Bekijk details",
  "alert.do.secure": "Kies \u2018Veilig verzenden\u2019: Zorgvuldig zet de mail klaar voor de beveiligde mail.",
  "alert.do.block": "Pas de mail aan en verstuur opnieuw, of kies \u2018Bekijk en herstel\u2019.",
  "alert.do.warn": "Klopt alles? Kies dan \u2018Toch verzenden\u2019.",
  "alert.more": "En nog {n} andere punten: zie het Zorgvuldig-venster.",
  "alert.error.warn":
    "Zorgvuldig kon deze mail niet controleren. Verstuur hem alleen als u zeker weet dat er geen patiëntgegevens in staan.",
  "alert.title.error": "Zorgvuldig: controle niet gelukt",
  "outlook.pane.title": "Zorgvuldig",
  "outlook.pane.checking": "Bezig met controleren…",
  "outlook.pane.allow": "Geen bezwaren gevonden: deze mail mag zo weg.",
  "outlook.pane.findings": "Gevonden: {list}",
  "outlook.pane.recheck": "Opnieuw controleren",
  "outlook.pane.error": "Deze mail kon niet worden gecontroleerd.",
};
