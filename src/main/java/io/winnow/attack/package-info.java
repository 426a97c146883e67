/**
 * The pinned MITRE ATT&amp;CK Enterprise catalog: techniques, sub-techniques, tactics, and what replaced revoked IDs.
 * {@link io.winnow.attack.AttackCatalog#bundled()} reads the facts shipped under {@code attack/} on the class path
 * (v18.1, with MITRE's licence); {@link io.winnow.attack.AttackCatalog#fromStixBundle(java.nio.file.Path)} reads a
 * newer STIX bundle. Depends on no other Winnow package.
 */
package io.winnow.attack;
