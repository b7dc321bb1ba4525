package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.interceptor.api.Hook;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Tests for {@link HapiWorkarounds}: a new interceptor in this package, or a new step of the pipeline, fails the
 * build until it is declared a correction of HAPI with a canary, or our own rule with a reason.
 */
class HapiWorkaroundsTests {

	private static final String PACKAGE = RequestPipeline.class.getPackageName();

	@Test
	void everyInterceptorAndFilterOfThePackageIsACorrectionOrOurRule() throws Exception {
		Set<Class<?>> declared = Stream.concat(
						HapiWorkarounds.CORRECTIONS.values().stream(), HapiWorkarounds.OUR_RULES.keySet().stream())
				.collect(Collectors.toSet());

		List<Class<?>> takingPart = classesOfThePackage(RequestPipeline.class).stream()
				.filter(type -> hasHooks(type) || Filter.class.isAssignableFrom(type))
				.toList();

		assertThat(takingPart)
				.as("the classes of %s with HAPI hooks or a servlet filter", PACKAGE)
				.isNotEmpty()
				.allSatisfy(type -> assertThat(declared)
						.as(type.getSimpleName() + " is neither in HapiWorkarounds.CORRECTIONS (with a canary) nor"
								+ " in HapiWorkarounds.OUR_RULES (with a reason)")
						.contains(type));
		assertThat(declared).allSatisfy(type -> assertThat(takingPart).contains(type));
	}

	@Test
	void everyStepIsACorrectionOrSaysWhyItHasNoCanary() {
		Set<RequestPipeline> corrections = HapiWorkarounds.CORRECTIONS.keySet();
		Set<RequestPipeline> without = HapiWorkarounds.NO_CANARY.keySet();

		assertThat(corrections).doesNotContainAnyElementsOf(without);
		assertThat(EnumSet.allOf(RequestPipeline.class))
				.allSatisfy(step -> assertThat(corrections.contains(step) || without.contains(step))
						.as(step + " is neither in HapiWorkarounds.CORRECTIONS nor in HapiWorkarounds.NO_CANARY")
						.isTrue());
	}

	@Test
	void everyCorrectionHasACanaryAndEveryCanaryACorrection() throws Exception {
		List<Method> canaries = classesOfThePackage(HapiWorkaroundsTests.class).stream()
				.flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
				.filter(method -> method.isAnnotationPresent(HapiWorkarounds.Canary.class))
				.toList();
		Set<RequestPipeline> watched = canaries.stream()
				.map(method ->
						method.getAnnotation(HapiWorkarounds.Canary.class).value())
				.collect(Collectors.toSet());

		assertThat(HapiWorkarounds.CORRECTIONS.keySet())
				.allSatisfy(step -> assertThat(watched)
						.as(
								"no @HapiWorkarounds.Canary for %s (%s)",
								step, HapiWorkarounds.CORRECTIONS.get(step).getSimpleName())
						.contains(step));
		assertThat(watched).isSubsetOf(HapiWorkarounds.CORRECTIONS.keySet());
		assertThat(canaries)
				.allSatisfy(method -> assertThat(method.isAnnotationPresent(Test.class)
								|| method.isAnnotationPresent(ParameterizedTest.class))
						.as("%s is a test", method)
						.isTrue());
	}

	@Test
	void theMessagesNameTheClassAndTheStepToDelete() {
		assertThat(HapiWorkarounds.fixed(RequestPipeline.PATCH_ETAG, "adds the ETag to a PATCH's answer"))
				.isEqualTo("HAPI now adds the ETag to a PATCH's answer itself: delete PatchETag and its"
						+ " RequestPipeline step PATCH_ETAG");
		assertThat(HapiWorkarounds.partFixed(RequestPipeline.CLIENT_ERRORS, "answers 412"))
				.isEqualTo("HAPI now answers 412 itself: delete that correction from ClientErrorInterceptor (and"
						+ " ClientErrorInterceptor with its RequestPipeline step CLIENT_ERRORS once none of its"
						+ " canaries is left)");
	}

	private static boolean hasHooks(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(Hook.class));
	}

	/** The classes compiled from the package of {@code member}, in the output folder {@code member} is in. */
	private static List<Class<?>> classesOfThePackage(Class<?> member) throws IOException, URISyntaxException {
		Path folder = Path.of(member.getProtectionDomain()
						.getCodeSource()
						.getLocation()
						.toURI())
				.resolve(PACKAGE.replace('.', '/'));
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString())
					.filter(name -> name.endsWith(".class"))
					.map(name -> PACKAGE + "." + name.substring(0, name.length() - ".class".length()))
					.sorted()
					.map(HapiWorkaroundsTests::load)
					.collect(Collectors.toList());
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, HapiWorkaroundsTests.class.getClassLoader());
		} catch (ClassNotFoundException notThere) {
			throw new IllegalStateException(notThere);
		}
	}
}
