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
  "word.and": "en",
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
  "rule.visible-group-recipients.exposed":
    "Alle ontvangers in BCC zien het e-mailadres van de patiënt in Aan of CC. Zet ook die ontvanger in BCC, zodat niemand ziet wie de mail nog meer krijgt.",
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
  "alert.do.secure":
    "Kies \u2018Veilig verzenden\u2019: Zorgvuldig zet de mail klaar voor de beveiligde mail.",
  "alert.do.block": "Pas de mail aan en verstuur opnieuw, of kies \u2018Bekijk en herstel\u2019.",
  "alert.do.warn": "Klopt alles? Kies dan \u2018Toch verzenden\u2019.",
  "alert.unreadable":
    "Zorgvuldig kon de bijlage ‘{file}’ niet (helemaal) lezen, dus niet controleren.",
  "alert.more": "Meer punten ({n}) staan in het Zorgvuldig-venster.",
  "alert.error.warn":
    "Zorgvuldig kon deze mail niet controleren. Verstuur hem alleen als u zeker weet dat er geen patiëntgegevens in staan.",
  "alert.title.error": "Zorgvuldig: controle niet gelukt",
  // task pane (issue 6)
  "pane.loading": "Bezig met controleren…",
  "pane.error":
    "Deze mail kon niet worden gecontroleerd. Probeer het opnieuw; lukt het niet, neem contact op met de beheerder.",
  "pane.failed":
    "Dat lukte niet. Probeer het opnieuw; lukt het niet, neem contact op met de beheerder.",
  "pane.consent": "Toestemming van de patiënt",
  "pane.consent.help":
    "Alleen voor afspraak- en praktijkberichten aan deze ene patiënt, nooit voor medische inhoud. Wordt vastgelegd zonder het e-mailadres; de FG kan de toestemming intrekken.",
  "pane.consent.button":
    "De patiënt heeft toestemming gegeven voor afspraakberichten per gewone mail",
  "pane.consent.recorded": "De toestemming is vastgelegd.",
  "pane.falseAlarm": "Dit is geen patiëntinformatie",
  "pane.falseAlarm.help":
    "Klopt de melding niet? Meld het aan de FG (zonder de inhoud van de mail). De mail blijft tegengehouden.",
  "pane.falseAlarm.done": "Bedankt: uw melding staat bij de FG.",
  "pane.recheck": "Opnieuw controleren",
  "pane.fromAlert": "Zorgvuldig hield deze mail tegen bij het verzenden.",
  "pane.action.allow": "Deze mail mag zo weg: er zijn geen bezwaren gevonden.",
  "pane.action.warn": "Controleer deze mail voordat u hem verstuurt.",
  "pane.action.secure": "Deze mail mag alleen via de beveiligde mail weg.",
  "pane.action.block": "Deze mail kan zo niet weg. Pas hem eerst aan.",
  "pane.why": "Waarom",
  "pane.source": "Bron: handboek Veilig mailen, {section}",
  "pane.found": "Gevonden in uw mail",
  "pane.found.more": "En nog {n} andere.",
  "pane.found.moreOne": "En nog 1 andere.",
  "pane.fixedNow": "De mail is aangepast en mag nu weg. Druk opnieuw op Verzenden in de mail.",
  "pane.fix.domain": "Wijzig in {domain}",
  "pane.fix.domain.confirm": "Wijzig {from} in {to}?",
  "pane.fix.domain.yes": "Ja, wijzigen",
  "pane.fix.domain.no": "Nee",
  "pane.fix.domain.done": "Het adres is gewijzigd in {address}.",
  "pane.where.subject": "onderwerp",
  "pane.where.body": "tekst",
  "pane.where.attachment": "bijlage {name}",
  "pane.finding.name": "Naam",
  "pane.finding.bsn": "BSN",
  "pane.finding.birthdate": "Geboortedatum",
  "pane.finding.date": "Datum",
  "pane.finding.medical": "Medische informatie",
  "pane.finding.address": "Adres",
  "pane.finding.postcode": "Postcode",
  "pane.finding.phone": "Telefoonnummer",
  "pane.finding.email": "E-mailadres",
  "pane.finding.iban": "Rekeningnummer (IBAN)",
  "pane.finding.patient-id": "Patiëntnummer",
  "pane.finding.password": "Wachtwoord",
  "pane.finding.encrypted": "Versleutelde bijlage",
  "pane.finding.unencrypted": "Onversleutelde bijlage",
  "pane.finding.medical-document": "Medisch document",
  "pane.finding.unreadable": "Onleesbare bijlage",
  "pane.finding.cloud-attachment": "Bijlage in de cloud",
  "pane.fixes": "Herstellen",
  "pane.fix.secure": "Veilig verzenden",
  "pane.fix.secure.help": "Zorgvuldig zet de mail klaar voor de beveiligde mail en verstuurt hem.",
  "pane.fix.bcc": "BCC gebruiken",
  "pane.fix.bcc.help": "Zet de patiënten in BCC, zodat niemand de adressen van de anderen ziet.",
  "pane.fix.bcc.done": "{n} ontvangers staan nu in BCC.",
  "pane.fix.bcc.doneOne": "1 ontvanger staat nu in BCC.",
  "pane.fix.password": "Wachtwoord uit de mail halen",
  "pane.fix.password.help":
    "Haalt alleen het wachtwoord uit de tekst; de rest van de mail blijft staan.",
  "pane.fix.password.done":
    "Het wachtwoord is uit de mail gehaald. Stuur het per sms of geef het telefonisch door, nooit per e-mail.",
  "pane.blockFirst": "Los eerst de punten hierboven op; daarna kan de mail beveiligd weg.",
  "pane.confirmFirst": "Bevestig eerst de ontvanger hierboven.",
  "pane.confirm.heading": "Klopt de ontvanger?",
  "pane.confirm.recipient": "Ontvanger",
  "pane.confirm.mismatch": "Aanhef in de tekst",
  "pane.confirm.lookalike": "Lijkt op",
  "pane.confirm.new": "U mailde nog niet eerder naar dit adres.",
  "pane.confirm.check": "Ik heb de ontvanger gecontroleerd: dit klopt",
  "pane.confirm.send": "Verzenden",
  "pane.sent": "De mail wordt verzonden.",
  "pane.pressSend": "Klaar. Druk nu nogmaals op Verzenden in de mail.",
  "pane.override": "Toch verzenden, met een reden",
  "pane.override.intro":
    "Alleen als het echt moet. Uw reden en uitleg worden vastgelegd voor de privacyfunctionaris.",
  "pane.override.reason": "Reden",
  "pane.override.reason.required": "Kies een reden.",
  "pane.override.explain": "Uitleg",
  "pane.override.explain.hint": "Minstens één zin. Zet er geen namen of andere patiëntgegevens in.",
  "pane.override.explain.short": "Schrijf minstens één volledige zin (vier woorden of meer).",
  "pane.override.confirm": "Vastleggen en verzenden",
  "pane.override.notAllowed":
    "U mag deze mail niet zonder beveiliging versturen. Vraag het aan: {who}.",
  "pane.override.roleMembers": "een {role} ({members})",
  "pane.override.role": "een {role}",
  "pane.override.nobody":
    "Niemand in de praktijk mag deze mail zonder beveiliging versturen. Verstuur hem beveiligd; heeft u vragen, stel ze dan aan de beheerder.",
  "pane.override.blockedRules": "Dit kan niemand overslaan: {rules}. Herstel de mail.",
  "pane.recent": "Uw recente uitzonderingen",
  "pane.recent.none": "U hebt nog geen uitzonderingen vastgelegd.",
  "pane.rule.secure-channel-required": "Beveiligde mail nodig",
  "pane.rule.unencrypted-attachment": "Onversleutelde bijlage",
  "pane.rule.password-in-mail": "Wachtwoord in de mail",
  "pane.rule.visible-group-recipients": "Patiënten zien elkaars adres",
  "pane.rule.lookalike-domain": "Domein lijkt op een bekend domein",
  "pane.rule.recipient-mismatch": "Aanhef past niet bij de ontvanger",
  "pane.rule.internal-attachment": "Bijlage binnen de praktijk",
  "pane.rule.new-recipient": "Nieuwe ontvanger",
};
