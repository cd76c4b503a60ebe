//! Spanish: every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Spanish.
#[rustfmt::skip]
pub static ES: Lang = Lang {
    code: "es",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "nombre", "apellido", "apellidos", "correo", "electronico", "direccion", "calle", "ciudad",
        "pais", "fecha", "nacimiento", "aaaa", "aa", "buscar", "busqueda",
    ],
    filler_words: &[
        "tu", "tus", "su", "sus", "mi", "del", "introduce", "introduzca", "ingrese", "ingresa",
        "escriba", "escribe", "aqui", "y", "o", "para", "opcional", "obligatorio",
    ],
    phone_labels: &[
        "teléfono", "móvil",
    ],
    card_endings: &[
        "que termina en", "terminada en", "terminado en", "termina en", "acabada en",
    ],
    card_words: &[
        "tarjeta",
    ],
    expiry_labels: &[
        "caducidad", "vence",
    ],
    account: &[
        "mi cuenta", "mis datos", "pedido", "facturacion",
        "mi reserva", "tu reserva", "su reserva", "gestionar reserva", "gestiona tu reserva",
        "mis viajes", "tarjeta de embarque", "seguimiento de pedido", "seguimiento del pedido",
        "estado del pedido", "seguimiento del envio", "mis entradas", "mi poliza",
    ],
    logout: &[
        " cerrar sesion ",
    ],
    imprint: &[
        "aviso legal",
    ],
    not_record: &[
        "iniciar sesion", "crear cuenta", "registrate",
    ],
    sign_up: &[
        "crear cuenta", "registrate",
    ],
    sign_in: &[
        " iniciar sesion", " entrar",
    ],
    social_sign_in: &[
        " con google", " con facebook", " con apple",
    ],
    own_choice: &[
        "libreta de direcciones", "regalo", "acompanantes", "otros pasajeros",
    ],
    months: &[
        ("enero", 1), ("ene", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("abr", 4),
        ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8), ("ago", 8), ("septiembre", 9),
        ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12), ("dic", 12),
    ],
    day_words: &[
        " dia ",
    ],
    month_words: &[
        " mes ",
    ],
    year_words: &[
        " ano ",
    ],
    date_fillers: &[
        "del", "el",
    ],
    ordinal_suffixes: &[
        "o",
    ],
    honorifics: &[
        "senor", "senora", "senorita", "sr", "sra", "srta", "don", "dona",
    ],
    hello: &[
        "hola", "bienvenido", "bienvenida", "bienvenido de nuevo", "bienvenida de nuevo",
        "buenos dias", "buenas tardes", "buenas noches", "estimado", "estimada",
    ],
    signed_in: &[
        "conectado como", "conectada como", "sesion iniciada como", "has iniciado sesion como",
    ],
    not_addressees: &[
        "su",
    ],
    name_stopwords: &[
        "mi", "mis", "tus", "cuenta", "perfil", "ajustes", "configuracion", "iniciar", "sesion",
        "cerrar", "registrarse", "carrito", "pedido", "pedidos", "factura", "inicio", "bienvenido",
        "bienvenida", "hola", "ayuda", "buscar", "enviar", "volver", "cancelar", "guardar",
        "nombre", "apellido", "apellidos", "direccion", "correo", "todos", "mundo", "usuario",
        "cliente",
    ],
    name_particles: &[
        "del", "dos", "y", "el",
    ],
    sample_prefixes: &[
        "ejemplo",
    ],
    non_values: &[
        "anonimo", "anonima", "invitado",
    ],
    sample_names: &[
        ("juan", "perez"), ("fulano", "tal"), ("pepito", "perez"),
    ],
    sample_addresses: &[
        "tucorreo@dominio.com", "tu@correo.com", "correo@dominio.com", "nombre@dominio.com",
    ],
    sample_local_parts: &[
        "tu", "tucorreo", "tuemail", "tumail", "tuemailaqui", "sucorreo", "suemail", "correo",
        "nombre", "nombreapellido",
    ],
    document_words: &[
        "factura", "recibo", "contrato", "extracto", "resumen", "pedido", "confirmacion",
        "presupuesto", "certificado", "poliza", "nomina", "enero", "febrero", "marzo", "abril",
        "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::UsernameExplicit, Both, T::Username, r"\b(nombre de )?usuario\b"),
    row(S::CustomerNumber, Both, T::CustomerNumber, r"\b(n|no|nro|num|numero|codigo|id) (de )?(cliente|socio|abonado|contrato|afiliado)\b"),
    row(S::CustomerNumber, Both, T::IdNumber, r"\b(dni|nif)\b|\b(dni|nif) ?nie\b|\bnie ?(dni|nif)\b|\b(numero de )?(pasaporte|documento de identidad|documento nacional de identidad)\b"),
    row(S::Email, Both, T::Email, r"\bcorreo( electronico)?\b"),
    row(S::Phone, Both, T::Tel, r"\b(movil|celular)\b"),
    row(S::BirthPlace, Both, T::AddressLevel2, r"\blugar de nacimiento\b"),
    row(S::BirthDate, Both, T::Bday, r"\b(fecha( de)? )?nacimiento\b|\bcumpleanos\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\btitular de la tarjeta\b|\bnombre (en |de )?(la )?tarjeta\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\b(fecha de )?(caducidad|vencimiento|expiracion)\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\b(n|no|numero) (de )?(la )?tarjeta\b|\btarjeta de (credito|debito)\b"),
    row(S::Iban, Both, T::Iban, r"\bcuenta (bancaria|corriente)\b|\bnumero de cuenta\b"),
    row(S::FullName, Both, T::Name, r"\bnombre (y |e )?apellidos?\b|\bnombre completo\b"),
    row(S::MiddleName, Both, T::AdditionalName, r"\bsegundo nombre\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\b(primer |segundo )?apellidos?\b"),
    row(S::Honorific, Both, T::HonorificPrefix, r"\b(tratamiento|sexo|genero)\b"),
    row(S::Honorific, Label, T::HonorificPrefix, r"^titulo$"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\b(piso|puerta|apartamento|escalera|colonia)\b|\bnumero interior\b|\bdireccion ?(linea )?2\b"),
    row(S::AddressLine1, Both, T::AddressLine1, r"\bdireccion ?(linea )?1\b|\bnumero (exterior|de (la )?casa)\b"),
    row(S::Street, Both, T::StreetAddress, r"\bcalle\b"),
    row(S::PostalCode, Both, T::PostalCode, r"\b(codigo|cod) postal\b"),
    row(S::PostalCode, Label, T::PostalCode, r"^c p$"),
    row(S::City, Both, T::AddressLevel2, r"\b(ciudad|localidad|poblacion|municipio)\b"),
    row(S::Country, Both, T::Country, r"\b(pais|nacionalidad)\b"),
    row(S::Region, Both, T::AddressLevel1, r"\b(provincia|comunidad autonoma)\b"),
    row(S::Region, Label, T::AddressLevel1, r"^estado$"),
    row(S::Organisation, Both, T::Organization, r"\b(empresa|compania)\b|\brazon social\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\b(direccion|domicilio)\d*\b"),
    row(S::Holder, Both, T::Name, r"\b(titular|destinatario)( de la cuenta)?\b"),
    // Spanish and Italian forms pair it with "Apellidos"/"Cognome".
    row(S::BareName, Both, T::GivenName, r"\bnombres?\d*\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bbuscar\b|\bbusqueda\b",
    r"\bcupon\w*",
    r"\btarjeta regalo\b",
    r"\bcodigo de seguridad\b",
    r"\bcantidad\b",
    r"\b(n|no|numero) (de )?(pedido|factura|seguimiento)\b",
    r"\b(sitio web|pagina web)\b",
    r"\btelefonica\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"contrasena",
    r"\b(mensaje|comentario|asunto)s?\b",
];
