// Canonical URLs of our artifacts, for the pages' scripts: the one place in JavaScript, as Canonicals.java is in Java.
// fhir-profiles/ is their source; CanonicalsScriptTests fails when a URL here names nothing in the built package.

/** The canonical base of the implementation guide. */
export const BASE = 'https://fhir.hsctdata.org/ig/ball-hsct';

/** The local code system for concepts without a verified standard code. */
export const LOCAL_CODE_SYSTEM = `${BASE}/CodeSystem/hsct-local-cs`;

/** The canonical URL of the StructureDefinition with this id. */
export function structureDefinition(id) {
	return `${BASE}/StructureDefinition/${id}`;
}

/** The profile every patient of this guide claims. */
export const PATIENT_PROFILE = structureDefinition('ball-patient');
