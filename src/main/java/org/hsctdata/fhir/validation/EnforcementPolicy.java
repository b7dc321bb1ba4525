package org.hsctdata.fhir.validation;

/**
 * What the server demands of a write whose resource type one of our profiles covers (Patient, RelatedPerson,
 * Condition, Observation, CarePlan, Procedure, BiologicallyDerivedProduct, MedicationAdministration, AdverseEvent).
 * Under both policies, a resource that declares one of our profiles is validated against it, and a write with any
 * error is refused with 422.
 */
public enum EnforcementPolicy {

	/** The resource must claim one of our profiles for its type in {@code meta.profile}, and meet it. */
	STRICT,

	/** Base FHIR R4 validation, plus validation against the profiles the resource declares, if any. */
	OPEN
}
