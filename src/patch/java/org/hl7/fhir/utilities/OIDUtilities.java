package org.hl7.fhir.utilities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.hl7.fhir.exceptions.FHIRException;

/*
 * A drop-in replacement for the class of the same name in ca.uhn.hapi.fhir:org.hl7.fhir.utilities 6.7.9,
 * whose licence follows this comment.
 *
 * Why it exists: HL7's InstanceValidator builds a new OIDUtilities in its constructor, and HAPI's ValidatorWrapper
 * builds a new InstanceValidator for every validation. The original constructor reads and parses the 1.5 MB
 * oidregistry.csv (21,349 OIDs) each time: 37 % of a warm $validate and about half of the CPU of a validated write,
 * measured with JFR on this server. This class reads the registry once per class loader and shares the immutable
 * map; every answer is the same as the original's. OidRegistryPatchTests loads the original class from its jar and
 * compares both, method by method and OID by OID, and fails if the HL7 core version changes, so that an upgrade
 * re-examines this file.
 */

/*
Copyright (c) 2011+, HL7, Inc.
All rights reserved.

Redistribution and use in source and binary forms, with or without modification,
are permitted provided that the following conditions are met:

* Redistributions of source code must retain the above copyright notice, this
	list of conditions and the following disclaimer.
* Redistributions in binary form must reproduce the above copyright notice,
	this list of conditions and the following disclaimer in the documentation
	and/or other materials provided with the distribution.
* Neither the name of HL7 nor the names of its contributors may be used to
	endorse or promote products derived from this software without specific
	prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED.
IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT,
INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT
NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR
PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
POSSIBILITY OF SUCH DAMAGE.

*/

public class OIDUtilities {

	/** One row of the OID registry. */
	public static class OIDInfo {
		private String oid;
		private String name;
		private String codeSystem;
		private Integer type;

		public String getOid() {
			return oid;
		}

		public void setOid(String oid) {
			this.oid = oid;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCodeSystem() {
			return codeSystem;
		}

		public void setCodeSystem(String codeSystem) {
			this.codeSystem = codeSystem;
		}

		public Integer getType() {
			return type;
		}

		public void setType(Integer type) {
			this.type = type;
		}

		@Override
		public String toString() {
			return "OID: " + oid + ", Name: " + name + ", CodeSystem: " + codeSystem + ", Type: " + type;
		}
	}

	private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

	/** The URIs the original answers for well-known code system OIDs. */
	private static final Map<String, String> URIS = Map.ofEntries(
			Map.entry("2.16.840.1.113883.6.96", "http://snomed.info/sct"),
			Map.entry("2.16.840.1.113883.6.1", "http://loinc.org"),
			Map.entry("2.16.840.1.113883.6.8", "http://unitsofmeasure.org"),
			Map.entry("2.16.840.1.113883.6.3", "http://hl7.org/fhir/sid/icd-10"),
			Map.entry("2.16.840.1.113883.6.42", "http://hl7.org/fhir/sid/icd-9"),
			Map.entry("2.16.840.1.113883.6.104", "http://hl7.org/fhir/sid/icd-9"),
			Map.entry("2.16.840.1.113883.6.103", "http://hl7.org/fhir/sid/icd-9"),
			Map.entry("2.16.840.1.113883.6.73", "http://www.whocc.no/atc"),
			Map.entry("2.16.840.1.113883.3.26.1.1", "http://ncimeta.nci.nih.gov"),
			Map.entry("2.16.840.1.113883.3.26.1.1.1", "http://ncimeta.nci.nih.gov"),
			Map.entry("2.16.840.1.113883.6.88", "http://www.nlm.nih.gov/research/umls/rxnorm"),
			Map.entry("2.16.840.1.113883.6.59", "http://hl7.org/fhir/sid/cvx"),
			Map.entry("2.16.840.1.113883.12.292", "http://hl7.org/fhir/sid/cvx"),
			Map.entry("2.16.840.1.113883.6.12", "http://www.ama-assn.org/go/cpt"));

	private final Map<String, OIDInfo> oidMap;

	public OIDUtilities() {
		oidMap = Registry.OIDS;
	}

	public static String getUriForOid(String r) {
		return r == null ? null : URIS.get(r);
	}

	public static String oidTail(String id) {
		if (id == null || !id.contains(".")) {
			return id;
		}
		return id.substring(id.lastIndexOf('.') + 1);
	}

	public static String oidRoot(String id) {
		if (id == null || !id.contains(".")) {
			return id;
		}
		return id.substring(0, id.indexOf('.'));
	}

	public static boolean isValidOID(String oid) {
		return OID.matcher(oid).matches();
	}

	public boolean isKnownOID(String url) {
		return url != null && url.startsWith("urn:oid:") && oidMap.containsKey(url.substring(8));
	}

	/** Holds the registry, read on first use (the initialisation-on-demand idiom), shared by every instance. */
	private static final class Registry {

		static final Map<String, OIDInfo> OIDS = read();

		private static Map<String, OIDInfo> read() {
			try (InputStream in = OIDUtilities.class.getClassLoader().getResourceAsStream("oidregistry.csv")) {
				if (in == null) {
					throw new FHIRException("oidregistry.csv is not on the class path");
				}
				return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			} catch (IOException | RuntimeException e) {
				throw new FHIRException(e);
			}
		}

		/** The original's rules: skip the header; take rows with at least four comma-separated fields; last wins. */
		private static Map<String, OIDInfo> parse(BufferedReader reader) throws IOException {
			Map<String, OIDInfo> oids = new HashMap<>();
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] parts = line.split(",");
				if (parts.length >= 4) {
					OIDInfo info = new OIDInfo();
					info.setOid(parts[0].trim());
					info.setType(Integer.parseInt(parts[1].trim()));
					info.setName(parts[2].trim());
					info.setCodeSystem(parts[3].trim());
					oids.put(info.getOid(), info);
				}
			}
			return Map.copyOf(oids);
		}
	}
}
