//! Portuguese (Portugal and Brazil): every word the core knows in it.
//!
//! Slots are documented on [`Lang`]; sources and the checklist for a new
//! language are in `src/lang/README.md`.

use super::fields::{row, FieldRow, On::*, Step as S};
use super::Lang;
use crate::kinds::FieldType as T;

/// Portuguese.
#[rustfmt::skip]
pub static PT: Lang = Lang {
    code: "pt",
    fields: FIELDS,
    not_personal: NOT_PERSONAL,
    soft_not_personal: SOFT_NOT_PERSONAL,
    label_words: &[
        "nome", "sobrenome", "apelido", "email", "endereco", "morada", "rua", "cep", "cidade",
        "localidade", "telefone", "telemovel", "celular", "nascimento",
    ],
    filler_words: &[
        "seu", "sua", "teu", "tua", "o", "a", "de", "do", "da", "digite", "insira", "introduza",
        "aqui", "opcional", "obrigatorio",
    ],
    phone_labels: &[
        "tel", "telefone", "telemóvel", "celular",
    ],
    card_endings: &[
        "terminando em", "terminado em",
    ],
    card_words: &[
        "cart",
    ],
    expiry_labels: &[
        "válido até", "valido ate", "validade",
    ],
    account: &[
        "minha conta", "meus dados", "meu perfil", "minhas encomendas", "meus pedidos", "pedido",
        "encomenda", "faturacao", "faturamento", "minha reserva", "sua reserva",
        "cartao de embarque", "rastrear pedido", "acompanhar pedido", "estado da encomenda",
        "meus bilhetes", "minha apolice",
    ],
    logout: &[
        " sair ", " terminar sessao ", " encerrar sessao ",
    ],
    imprint: &[
        "contato", "contacto", "sobre nos", "politica de privacidade", "termos de uso",
    ],
    not_record: &[
        "entrar", "iniciar sessao", "cadastro", "registo", "esqueci a senha", "recuperar senha",
        "newsletter",
    ],
    // Not "cadastrar" alone: pages sign in beside "para cadastrar um
    // procurador" (registering someone else), which is no sign-up form.
    sign_up: &[
        "criar conta", "crie sua conta", "cadastre se", "criar a sua conta",
    ],
    sign_in: &[
        " entrar", " iniciar sessao",
    ],
    social_sign_in: &[
        " com google", " com facebook", " com apple",
    ],
    own_choice: &[
        "livro de enderecos", "enderecos salvos", "presente", "outros passageiros", "acompanhantes",
    ],
    document_words: &[
        "fatura", "recibo", "contrato", "extrato", "resumo", "confirmacao", "orcamento", "apolice",
        "boleto", "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
    ],
    months: &[
        ("janeiro", 1), ("fevereiro", 2), ("marco", 3), ("abril", 4), ("maio", 5), ("junho", 6),
        ("julho", 7), ("agosto", 8), ("setembro", 9), ("outubro", 10), ("novembro", 11),
        ("dezembro", 12),
    ],
    day_words: &[
        " dia",
    ],
    month_words: &[
        " mes",
    ],
    year_words: &[
        " ano",
    ],
    date_fillers: &[
        "de",
    ],
    honorifics: &[
        "sr", "sra", "senhor", "senhora", "dona", "dr", "dra",
    ],
    hello: &[
        "ola", "oi", "bem vindo", "bem vinda", "bem vindo de volta", "bom dia", "boa tarde",
        "boa noite",
    ],
    signed_in: &[
        "conectado como", "logado como", "sessao iniciada como",
    ],
    not_addressees: &[
        "a", "ao", "de", "na", "no", "e", "nossa", "nosso",
    ],
    name_stopwords: &[
        "minha", "meu", "conta", "perfil", "carrinho", "sair", "entrar", "pedidos", "nome",
        "cliente", "usuario", "utilizador", "volta",
    ],
    sample_prefixes: &[
        "exemplo",
    ],
    non_values: &[
        "visitante", "convidado",
    ],
    name_particles: &[
        "do",
    ],
    sample_names: &[
        ("joao", "silva"), ("fulano", "tal"),
    ],
    sample_addresses: &[
        "seu@email.com", "seuemail@dominio.com", "nome@dominio.com.br",
    ],
    sample_local_parts: &[
        "seu", "seuemail", "seumail", "teu", "teuemail", "nome", "nomesobrenome", "fulano",
    ],
    ..Lang::EMPTY
};

/// Field-label rows, by step of the ordered table in
/// [`crate::fields::patterns`] (which says why the steps come in that order).
#[rustfmt::skip]
static FIELDS: &[FieldRow] = &[
    row(S::CustomerNumber, Both, T::IdNumber, r"\bnif\b|\bnumero de contribuinte\b|\bcartao de cidadao\b|\bcpf\b|\b(numero (do )?)?passaporte\b"),
    row(S::BirthDate, Both, T::Bday, r"\b(data de )?nascimento\b|\baniversario\b"),
    row(S::CardHolderExplicit, Both, T::CcName, r"\bnome (do |no )?(titular (do )?)?cartao\b|\btitular do cartao\b"),
    row(S::CardExpiry, Both, T::CcExp, r"\b(data de )?validade\b"),
    row(S::CardNumber, Both, T::CcNumber, r"\bnumero (do )?cartao\b|\bcartao de (credito|debito)\b"),
    row(S::GivenName, Both, T::GivenName, r"\bprimeiro nome\b"),
    row(S::FamilyName, Both, T::FamilyName, r"\bsobre ?nome\b|\bultimo nome\b"),
    row(S::AddressLine2, Both, T::AddressLine2, r"\bcomplemento\b"),
    row(S::Phone, Both, T::Tel, r"\btelemovel\b|\bcelular\b"),
    row(S::Street, Both, T::StreetAddress, r"\blogradouro\b"),
    row(S::Street, Label, T::StreetAddress, r"^rua$"),
    // Brazil's words, then Portugal's ("código postal", "localidade",
    // "morada").
    row(S::PostalCode, Both, T::PostalCode, r"\bcep\b|\bcodigo postal\b"),
    row(S::City, Both, T::AddressLevel2, r"\bcidade\b|\blocalidade\b"),
    row(S::AddressWord, Both, T::StreetAddress, r"\bendereco\d*\b|\bmorada\b"),
];

/// Labels that are never personal data (see [`Lang::not_personal`]).
#[rustfmt::skip]
static NOT_PERSONAL: &[&str] = &[
    r"\bpesquis\w*|\bbuscar\b|\bprocurar\b",
    r"\bcupo(m|n)\b|\bcodigo promocional\b|\bvale presente\b",
    r"\bquantidade\b",
    r"\bnumero (do |da )?(pedido|encomenda)\b",
];

/// Labels that veto every type but e-mail (see [`Lang::soft_not_personal`]).
#[rustfmt::skip]
static SOFT_NOT_PERSONAL: &[&str] = &[
    r"\bsenha\b|\bpalavra passe\b",
    r"\b(mensagem|assunto|comentario\w*|observac\w*)\b",
];
