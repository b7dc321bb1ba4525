package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.utilities.OIDUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests for our drop-in {@code org.hl7.fhir.utilities.OIDUtilities} (src/patch/java), which reads HL7's OID registry
 * once instead of once per validation. It must answer exactly as the class it replaces, which these tests load from
 * the HL7 jar in a class loader of its own.
 */
class OidRegistryPatchTests {

	/** The HL7 core release the patch was compared with by hand; an upgrade must re-read the original class. */
	static final String PATCHED_JAR = "org.hl7.fhir.utilities-6.7.9.jar";

	static final String CLASS_FILE = "org/hl7/fhir/utilities/OIDUtilities.class";

	static URLClassLoader originalLoader;

	static Class<?> original;

	@BeforeAll
	static void loadOriginal() throws Exception {
		URL jar = Collections.list(OIDUtilities.class.getClassLoader().getResources(CLASS_FILE)).stream()
				.filter(url -> url.getProtocol().equals("jar"))
				.findFirst()
				.orElseThrow();
		String jarPath = jar.getPath().substring(0, jar.getPath().indexOf("!/"));
		assertThat(jarPath).as("the HL7 core version the patch replaces").endsWith("/" + PATCHED_JAR);
		originalLoader = new URLClassLoader(new URL[] {new URL(jarPath)}, null);
		original = originalLoader.loadClass(OIDUtilities.class.getName());
	}

	@AfterAll
	static void close() throws Exception {
		originalLoader.close();
	}

	@Test
	void thePatchIsTheClassTheValidatorLoads() {
		assertThat(OIDUtilities.class
						.getProtectionDomain()
						.getCodeSource()
						.getLocation()
						.getPath())
				.doesNotContain(PATCHED_JAR);
		assertThat(original.getProtectionDomain().getCodeSource().getLocation().getPath())
				.endsWith(PATCHED_JAR);
	}

	@Test
	void itHasThePublicMethodsOfTheOriginal() throws Exception {
		assertThat(publicMethods(OIDUtilities.class)).isEqualTo(publicMethods(original));
		assertThat(publicMethods(OIDUtilities.OIDInfo.class))
				.isEqualTo(publicMethods(originalLoader.loadClass(OIDUtilities.OIDInfo.class.getName())));
		assertThat(OIDUtilities.class.getConstructor()).isNotNull();
	}

	@Test
	void itAnswersAsTheOriginalForEveryRegisteredOidAndItsParents() throws Exception {
		Object before = original.getConstructor().newInstance();
		OIDUtilities after = new OIDUtilities();
		List<String> inputs = probes();
		int uris = 0;
		for (String input : inputs) {
			String url = "urn:oid:" + input;
			assertThat(after.isKnownOID(url)).as(url).isEqualTo(call(before, "isKnownOID", url));
			assertThat(after.isKnownOID(input)).as(input).isEqualTo(call(before, "isKnownOID", input));
			assertThat(OIDUtilities.getUriForOid(input)).as(input).isEqualTo(call(null, "getUriForOid", input));
			assertThat(OIDUtilities.oidTail(input)).as(input).isEqualTo(call(null, "oidTail", input));
			assertThat(OIDUtilities.oidRoot(input)).as(input).isEqualTo(call(null, "oidRoot", input));
			assertThat(OIDUtilities.isValidOID(input)).as(input).isEqualTo(call(null, "isValidOID", input));
			uris += OIDUtilities.getUriForOid(input) == null ? 0 : 1;
		}
		assertThat(inputs).hasSizeGreaterThan(20_000);
		assertThat(uris).as("OIDs with a well-known URI").isEqualTo(14);
		assertThat(after.isKnownOID(null)).isEqualTo(call(before, "isKnownOID", (Object) null));
		assertThat(OIDUtilities.getUriForOid(null)).isNull();
	}

	@Test
	void instancesShareOneRegistry() {
		assertThat(new OIDUtilities().isKnownOID("urn:oid:2.16.840.1.113883.6.96"))
				.isTrue();
		assertThat(new OIDUtilities().isKnownOID("urn:oid:2.16.840.1.113883.6.96.999999"))
				.isFalse();
	}

	/** Every OID of HL7's registry, every parent of one, and inputs that are not OIDs. */
	static List<String> probes() throws Exception {
		Set<String> probes =
				new TreeSet<>(List.of("", "urn:oid:", "1", "3.1", "1.02", "2.16.840.1.113883.6.96 ", "x.y"));
		try (BufferedReader csv = new BufferedReader(
				new InputStreamReader(originalLoader.getResourceAsStream("oidregistry.csv"), StandardCharsets.UTF_8))) {
			csv.lines().skip(1).map(line -> line.split(",")[0].trim()).forEach(oid -> {
				probes.add(oid);
				for (int dot = oid.indexOf('.'); dot > 0; dot = oid.indexOf('.', dot + 1)) {
					probes.add(oid.substring(0, dot));
				}
			});
		}
		return new ArrayList<>(probes);
	}

	static Object call(Object target, String name, Object argument) throws Exception {
		return original.getMethod(name, String.class).invoke(target, argument);
	}

	static Set<String> publicMethods(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods())
				.filter(method -> Modifier.isPublic(method.getModifiers()))
				.map(OidRegistryPatchTests::signature)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	static String signature(Method method) {
		return (Modifier.isStatic(method.getModifiers()) ? "static " : "")
				+ method.getReturnType().getName() + " " + method.getName()
				+ Arrays.stream(method.getParameterTypes())
						.map(Class::getName)
						.collect(Collectors.joining(",", "(", ")"));
	}
}
