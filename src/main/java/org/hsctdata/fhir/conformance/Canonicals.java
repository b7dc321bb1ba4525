package org.hsctdata.fhir.conformance;

/**
 * Canonical URLs of our artifacts, for Java code. {@code fhir-profiles/} is their source; a test fails when a
 * constant here names nothing in the built package.
 */
public final class Canonicals {

	/** The canonical base of the implementation guide ({@code canonical} in {@code sushi-config.yaml}). */
	public static final String BASE = "https://fhir.hsctdata.org/ig/ball-hsct";

	/** The local code system for concepts without a verified standard code. */
	public static final String LOCAL_CODE_SYSTEM = BASE + "/CodeSystem/hsct-local-cs";

	/** What a conforming server must do: the CapabilityStatement of kind {@code requirements}, rest.mode server. */
	public static final String SERVER_REQUIREMENTS = BASE + "/CapabilityStatement/ball-hsct-server";

	/** What a conforming client must do: the CapabilityStatement of kind {@code requirements}, rest.mode client. */
	public static final String CLIENT_REQUIREMENTS = BASE + "/CapabilityStatement/ball-hsct-client";

	private Canonicals() {}

	/** The canonical URL of the StructureDefinition with this id. */
	public static String structureDefinition(String id) {
		return BASE + "/StructureDefinition/" + id;
	}

	/** The canonical URL of the ValueSet with this id. */
	public static String valueSet(String id) {
		return BASE + "/ValueSet/" + id;
	}
}
