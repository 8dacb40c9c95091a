/**
 * A password given as a fact the mail itself states elsewhere: "het wachtwoord is de geboortedatum
 * zonder streepjes" beside "geboren 12-03-1956" puts the secret in the mail (handbook 000: the password
 * never goes in the same mail). Without the fact in the mail it is a hint the recipient alone can use.
 */
export const PASSWORD_IS_BIRTH_DATE = [
  "wachtwoord|code|ww|password|passcode ~4 geboortedatum|geboortedag|birthdate|birthday",
  "wachtwoord|code|ww|password|passcode ~4 date of birth",
];
