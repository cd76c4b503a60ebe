/**
 * Record signatures (docs/incident.md, "Signatures").
 *
 * Each install has one Ed25519 key pair, made on first use with WebCrypto
 * and kept in the extension's own IndexedDB, which neither web pages nor
 * content scripts can open. The private key is a non-extractable
 * `CryptoKey`: no script, the extension's own included, can read its
 * bytes; it can only be asked to sign. The public key travels with every
 * record it signs, as 64 hex digits, and its fingerprint (the first 16
 * hex digits of its SHA-256) is what a person compares.
 *
 * What is signed is the record's canonical JSON (the core's
 * `canonicalJson`: the bytes its SHA-256 is taken over), so a masked
 * export still verifies.
 */

import { committed, openStore, request } from './idb.js';
import { fromHex, locked, toHex } from './locks.js';

const DB = 'notmine-keys';
const STORE = 'keys';
const ID = 'record-signing';
const ALG = 'Ed25519';

const openDb = () => openStore(DB, STORE);

async function load() {
  const db = await openDb();
  try {
    return (await request(db.transaction(STORE).objectStore(STORE).get(ID))) ?? null;
  } finally {
    db.close();
  }
}

async function save(entry) {
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(entry, ID);
    await committed(tx);
  } finally {
    db.close();
  }
}

/**
 * The install's key pair, `{privateKey, publicKey}` (`publicKey` as hex),
 * made on first use — once, even when two records are made at once.
 */
export async function signingKey() {
  const have = await load();
  if (have) return have;
  return locked('signing-key', async () => {
    const again = await load();
    if (again) return again;
    const pair = await crypto.subtle.generateKey({ name: ALG }, false, ['sign', 'verify']);
    const entry = {
      privateKey: pair.privateKey,
      publicKey: toHex(await crypto.subtle.exportKey('raw', pair.publicKey)),
      created: new Date().toISOString(),
    };
    await save(entry);
    return entry;
  });
}

/** This install's public key as hex, or null when none was made yet. */
export async function ownPublicKey() {
  return (await load())?.publicKey ?? null;
}

/** Signs `text` (a record's canonical JSON): the record's `signature`. */
export async function sign(text) {
  const { privateKey, publicKey } = await signingKey();
  const value = await crypto.subtle.sign(ALG, privateKey, new TextEncoder().encode(text));
  return { alg: ALG, public_key: publicKey, value: toHex(value) };
}

/** Whether `signature` is its public key's over `text`; false when malformed. */
export async function verify(signature, text) {
  if (!signature || signature.alg !== ALG) return false;
  const pub = fromHex(signature.public_key);
  const value = fromHex(signature.value);
  if (pub.length !== 32 || value.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', pub, { name: ALG }, true, ['verify']);
    return await crypto.subtle.verify(ALG, key, value, new TextEncoder().encode(text));
  } catch (_) {
    return false;
  }
}

/** A public key's fingerprint: "1a2b 3c4d 5e6f 7a8b" (as `notmine verify` prints it). */
export async function fingerprint(publicKeyHex) {
  const digest = toHex(await crypto.subtle.digest('SHA-256', fromHex(publicKeyHex)));
  return digest.slice(0, 16).match(/..../g).join(' ');
}

/** "Delete everything": the key pair goes too; later records get a new one. */
export function forgetKey() {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return request(indexedDB.deleteDatabase(DB)).catch(() => {});
}
