//! French: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// French.
#[rustfmt::skip]
pub static FR: Lang = Lang {
    code: "fr",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "nom", "prenom", "courriel", "electronique", "rue", "cp", "ville", "pays", "naissance",
        "recherche", "rechercher",
    ],
    filler_words: &[
        "votre", "vos", "ton", "ta", "tes", "la", "le", "les", "l", "mon", "ma", "des", "de", "du",
        "saisir", "saisissez", "entrez", "entrer", "ici", "et", "ou", "pour", "optionnel",
        "obligatoire",
    ],
    phone_labels: &[
        "téléphone", "tél", "portable",
    ],
    card_endings: &[
        "se terminant par", "se termine par", "finissant par", "terminant par",
    ],
    card_words: &[
        "carte",
    ],
    expiry_labels: &[
        "date d'expiration", "expire le", "expire",
    ],
    account: &[
        "mon compte", "mes informations", "commande", "facturation",
        "ma reservation", "votre reservation", "gerer ma reservation", "mes voyages",
        "enregistrement en ligne", "carte d embarquement", "suivi de commande",
        "suivre ma commande", "suivi de colis", "mes billets", "mon contrat",
    ],
    logout: &[
        " se deconnecter ", " deconnexion ",
    ],
    imprint: &[
        "mentions legales",
    ],
    not_record: &[
        "connexion", "se connecter", "creer un compte", "inscription", "mot de passe oublie",
    ],
    sign_up: &[
        "inscription", "creer un compte",
    ],
    sign_in: &[
        " connexion", " se connecter",
    ],
    social_sign_in: &[
        " avec google", " avec facebook", " avec apple",
    ],
    own_choice: &[
        "carnet d adresses", "cadeau", "autres passagers", "accompagnant", "compagnons de voyage",
    ],
    months: &[
        ("janvier", 1), ("janv", 1), ("fevrier", 2), ("fevr", 2), ("fev", 2), ("mars", 3),
        ("avril", 4), ("avr", 4), ("juin", 6), ("juillet", 7), ("juil", 7), ("aout", 8),
        ("septembre", 9), ("octobre", 10), ("novembre", 11), ("decembre", 12),
    ],
    day_words: &[
        " jour",
    ],
    month_words: &[
        " mois ",
    ],
    year_words: &[
        " annee",
    ],
    date_fillers: &[
        "de", "le",
    ],
    ordinal_suffixes: &[
        "er", "eme",
    ],
    honorifics: &[
        "monsieur", "madame", "mademoiselle", "mme", "mlle", "m",
    ],
    hello: &[
        "bonjour", "bonsoir", "salut", "coucou", "bienvenue", "bon retour", "cher", "chere",
    ],
    signed_in: &[
        "connecte en tant que", "connectee en tant que", "vous etes connecte en tant que",
        "vous etes connectee en tant que",
    ],
    not_addressees: &[
        "au", "aux", "chez", "sur", "en", "et",
    ],
    name_stopwords: &[
        "mon", "mes", "votre", "vos", "compte", "profil", "parametres", "connexion", "deconnexion",
        "inscription", "panier", "commande", "commandes", "facture", "accueil", "bienvenue",
        "bonjour", "aide", "recherche", "rechercher", "valider", "envoyer", "continuer", "retour",
        "annuler", "enregistrer", "modifier", "supprimer", "nom", "prenom", "courriel", "client",
        "tous", "monde", "mot", "passe", "sarl",
    ],
    name_particles: &[
        "de", "des", "la", "le", "du",
    ],
    sample_prefixes: &[
        "exemple",
    ],
    non_values: &[
        "visiteur", "anonyme",
    ],
    sample_names: &[
        ("jean", "dupont"), ("jean", "dupond"),
    ],
    sample_addresses: &[
        "votre@email.com", "votre@email.fr", "vous@exemple.fr", "nom@domaine.fr", "prenom.nom@domaine.fr",
    ],
    sample_local_parts: &[
        "votre", "votreemail", "votremail", "votreadresse", "votreadressemail", "toi", "ton", "tonemail",
        "prenomnom", "nomprenom", "nom", "prenom",
    ],
    document_words: &[
        "facture", "releve", "contrat", "recu", "devis", "attestation", "bulletin", "avis",
        "quittance", "commande", "confirmation", "resume", "janvier", "fevrier", "avril",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\bnom d utilisateur\b|\bidentifiant\b|\bpseudo\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(n|no|num|numero|code|reference|ref|identifiant) (d |de |du )?(client|adherent|contrat|abonne|membre|fidelite)\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\bcarte de fidelite\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\b(numero de )?securite sociale\b|\bnumero (de |du )?(passeport|carte d identite|permis de conduire|fiscal)\b|\bnumero d identification fiscale\b"),
    row(S::Email, Both, T::Email, r"\bcourriel\b|\badresse electronique\b"),
    row(S::Email, Label, T::Email, r"^mel$"),
    row(S::Phone, Both, T::Tel, r"\bportable\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\blieu de naissance\b"),
    row(S::BirthDate, Both, T::Bday, r"\bnaissance\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\b(titulaire|detenteur) de la carte\b|\bnom (sur|figurant sur) la carte\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\bdate (d expiration|de validite|d echeance)\b|\bexpire le\b|\bvalable jusqu au\b|\bmm aa\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\b(n|no|numero) (de )?(la )?carte( bancaire| de credit)?\b|\bcarte (bancaire|de credit)\b"),
    row(S::Iban, Both, T::Iban, r"\brib\b|\bcoordonnees bancaires\b|\bcompte bancaire\b"),
    row(S::FullName, Both, T::Name, r"\bnom (et )?prenom\b|\bprenom (et )?nom\b|\bnom complet\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\b(deuxieme|second) prenom\b"),
    row(S::GivenName, Both, T::GivenName, r"\bprenoms?\d*\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bnom (de famille|de naissance|d usage|marital)\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\b(civilite|sexe)\b"),
    row(S::Honorific, Label, T::HonorificPrefix, r"^titre$"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\bcomplement( d adresse)?\b|\b(appartement|batiment|escalier)\b|\b(adresse )?ligne 2\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\b(adresse )?ligne 1\b|\b(n|numero) (de )?(la )?(rue|voie)\b"),
    row(S::Street, Both, T::StreetAddress, r"\b(rue|voie)\b|\bnom de (la )?rue\b"),
    row(S::PostalCode, Both, T::PostalCode, r"\bcode postal\b"),
    row(S::PostalCode, Label, T::PostalCode, r"^cp$"),
    row(S::City, Both, T::AddressLevel2, r"\b(ville|commune|localite)\b"),
    row(S::Country, Both, T::Country, r"\b(pays|nationalite)\b"),
    row(S::Region, Both, T::AddressLevel1, r"\bdepartement\b"),
    row(S::Organisation, Both, T::Organization, r"\b(societe|entreprise|organisme)\b|\braison sociale\b"),
    row(S::Holder, Both, T::Name, r"\btitulaire( du compte)?\b|\bdestinataire\b"),
    // French forms pair "Nom" with "Prénom": "Nom" is the surname.
    row(S::BareName, Both, T::FamilyName, r"\bnom\d*\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\brecherche\w*",
    r"\bcarte cadeau\b",
    r"\bcode de securite\b|\bcryptogramme\b",
    r"\bquantite\b",
    r"\b(n|no|numero) (de )?(commande|facture|suivi)\b",
    r"\b(site web|site internet)\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bmot de passe\b|\bmdp\b",
    r"\bcommentaire\w*|\bobjet\b",
];
