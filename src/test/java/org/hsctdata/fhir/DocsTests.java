package org.hsctdata.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.FileSystemResource;

/**
 * The pages a user reads stay true to the code. Every {@code hsct.*} key that the README, {@code docs/}, the other
 * Markdown pages, the application YAML files or the main sources name is a setting of {@link HsctServerProperties}
 * (or one of the build's own {@code hsct.*} Maven properties); every setting is in {@code docs/settings.md} with the
 * record's default; and every relative link of a Markdown page leads to a file, and a heading, that exists. The keys
 * are derived from the record by reflection (components in kebab case, nested records as dotted prefixes), so a new
 * setting needs no change here, only its row in {@code docs/settings.md}.
 */
class DocsTests {

	static final Path ROOT = Path.of("");
	static final Path SETTINGS_PAGE = Path.of("docs", "settings.md");

	/** A key as the pages write it: {@code hsct.security.issuer}, or a group: {@code hsct.cors.*}. */
	static final Pattern KEY =
			Pattern.compile("(?<![\\w.-])hsct(?:\\.[a-z0-9-]*[a-z0-9])*\\.(?:[a-z0-9-]*[a-z0-9]|\\*)");
	/** A key written as an environment variable: {@code HSCT_MAX_PAGE_SIZE} (not a code such as {@code HSCT_0100}). */
	static final Pattern ENVIRONMENT_KEY = Pattern.compile("(?<![\\w-])HSCT_[A-Z][A-Z0-9_]*[A-Z0-9]\\b");
	/** A property of the pom named {@code hsct.*}: {@code <hsct.postgres.skip>false</hsct.postgres.skip>}. */
	static final Pattern POM_PROPERTY = Pattern.compile("<(hsct\\.[a-z0-9.-]+)>");
	/** An inline link or image: {@code [text](target)} or {@code [text](target "title")}. */
	static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

	static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
	static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
	static final Set<String> NOT_SOURCES = Set.of("target", "node_modules", "fsh-generated", "data");

	@Test
	void theKeysAreDerivedFromTheSettingsRecord() {
		assertThat(settings())
				.containsEntry("hsct.server-address", "")
				.containsEntry("hsct.max-request-size", "32MB")
				.containsEntry("hsct.cors.allowed-origins", "*")
				.containsEntry("hsct.security.jwk-set-uri", "")
				.doesNotContainKey("hsct.security")
				.doesNotContainKey("hsct.cors");
		assertThat(groups()).contains("hsct", "hsct.cors", "hsct.security", "hsct.validation");
	}

	@Test
	void everyHsctKeyThePagesAndSourcesNameIsASetting() {
		Set<String> settings = settings().keySet();
		Set<String> groups = groups();
		Set<String> buildProperties = pomProperties();
		Map<String, String> environmentNames = new HashMap<>();
		settings.forEach(key -> environmentNames.put(environmentName(key), key));
		List<String> unknown = new ArrayList<>();

		for (Path file : namingFiles()) {
			String text = read(file);
			Matcher key = KEY.matcher(text);
			while (key.find()) {
				String name = key.group();
				boolean known = name.endsWith(".*")
						? groups.contains(name.substring(0, name.length() - 2))
						: settings.contains(name) || buildProperties.contains(name);
				if (!known) {
					unknown.add(file + ": " + name);
				}
			}
		}
		for (Path page : markdownPages()) {
			Matcher environment = ENVIRONMENT_KEY.matcher(read(page));
			while (environment.find()) {
				if (!environmentNames.containsKey(environment.group())) {
					unknown.add(page + ": " + environment.group());
				}
			}
		}
		for (Path yaml : applicationYamlFiles()) {
			for (String name : yamlKeys(yaml)) {
				if (name.startsWith("hsct.") && !settings.contains(name)) {
					unknown.add(yaml + ": " + name);
				}
			}
		}

		assertThat(unknown)
				.as("hsct.* keys that are not in HsctServerProperties (nor hsct.* properties of pom.xml)")
				.isEmpty();
	}

	@Test
	void everySettingIsInTheSettingsTableWithTheRecordsDefault() {
		Map<String, String> documented = new LinkedHashMap<>();
		for (List<String> row : tableRows(section(read(SETTINGS_PAGE), "# Settings"))) {
			Matcher key = KEY.matcher(row.get(0));
			while (key.find()) {
				documented.put(key.group(), documentedDefault(row.get(1)));
			}
		}

		List<String> wrong = new ArrayList<>();
		settings().forEach((key, defaultValue) -> {
			if (!documented.containsKey(key)) {
				wrong.add(key + " is missing");
			} else if (defaultValue != null && !defaultValue.equals(documented.get(key))) {
				wrong.add(key + ": default " + documented.get(key) + ", in the record " + defaultValue);
			}
		});

		assertThat(wrong).as("the settings table of " + SETTINGS_PAGE).isEmpty();
	}

	@Test
	void theBuildPropertiesTableListsTheHsctPropertiesOfThePom() {
		Set<String> documented = new TreeSet<>();
		for (List<String> row : tableRows(section(read(SETTINGS_PAGE), "## Build properties"))) {
			Matcher key = KEY.matcher(row.get(0));
			while (key.find()) {
				documented.add(key.group());
			}
		}

		assertThat(documented)
				.as("the build properties table of " + SETTINGS_PAGE)
				.isEqualTo(pomProperties());
	}

	@Test
	void everyRelativeLinkLeadsToAFileAndHeadingThatExist() {
		List<String> broken = new ArrayList<>();
		for (Path page : markdownPages()) {
			Matcher link = LINK.matcher(withoutCode(read(page)));
			while (link.find()) {
				String target = link.group(1);
				if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
					continue; // https:, mailto: ...
				}
				int hash = target.indexOf('#');
				String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
				String anchor = hash < 0 ? "" : target.substring(hash + 1);
				Path linked = path.isEmpty() ? page : parent(page).resolve(path).normalize();
				if (!Files.exists(linked)) {
					broken.add(page + ": (" + target + ") names no file");
				} else if (!anchor.isEmpty()
						&& linked.toString().endsWith(".md")
						&& !anchors(read(linked)).contains(anchor)) {
					broken.add(page + ": (" + target + ") names no heading of " + linked);
				}
			}
		}

		assertThat(markdownPages()).contains(Path.of("README.md"), SETTINGS_PAGE);
		assertThat(broken).as("relative links of the Markdown pages").isEmpty();
	}

	@Test
	void anchorsAreTheOnesGitHubGivesHeadings() {
		String page = String.join(
				"\n",
				"# Profiles",
				"## Memory: the recommended JVM options",
				"## Case timeline `/timeline/{patientId}`",
				"```sh",
				"# not a heading",
				"```",
				"## Limits",
				"## Limits");

		assertThat(anchors(page))
				.containsExactlyInAnyOrder(
						"profiles",
						"memory-the-recommended-jvm-options",
						"case-timeline-timelinepatientid",
						"limits",
						"limits-1");
	}

	/** Every setting of the record, by key, with its default as {@code @DefaultValue} gives it. */
	static Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		collect(HsctServerProperties.class, prefix(), settings, new TreeSet<>());
		return settings;
	}

	/** The prefixes of the record and its nested records: {@code hsct}, {@code hsct.security} ... */
	static Set<String> groups() {
		Set<String> groups = new TreeSet<>();
		collect(HsctServerProperties.class, prefix(), new LinkedHashMap<>(), groups);
		return groups;
	}

	static String prefix() {
		ConfigurationProperties properties = HsctServerProperties.class.getAnnotation(ConfigurationProperties.class);
		return properties.value().isEmpty() ? properties.prefix() : properties.value();
	}

	static void collect(Class<?> record, String prefix, Map<String, String> settings, Set<String> groups) {
		groups.add(prefix);
		RecordComponent[] components = record.getRecordComponents();
		Parameter[] parameters;
		try {
			parameters = record.getDeclaredConstructor(Arrays.stream(components)
							.map(RecordComponent::getType)
							.toArray(Class<?>[]::new))
					.getParameters();
		} catch (NoSuchMethodException e) {
			throw new IllegalStateException(record + " has no canonical constructor", e);
		}
		for (int i = 0; i < components.length; i++) {
			String key = prefix + "." + kebabCase(components[i].getName());
			if (components[i].getType().isRecord()) {
				collect(components[i].getType(), key, settings, groups);
			} else {
				DefaultValue defaultValue = parameters[i].getAnnotation(DefaultValue.class);
				settings.put(key, defaultValue == null ? null : String.join(",", defaultValue.value()));
			}
		}
	}

	static String kebabCase(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** The name Spring Boot's relaxed binding reads from the environment: {@code HSCT_SECURITY_JWK_SET_URI}. */
	static String environmentName(String key) {
		return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

	static Set<String> pomProperties() {
		Set<String> properties = new TreeSet<>();
		String pom = read(Path.of("pom.xml"));
		// the project's <properties>, not a plugin's system properties for the server under test
		String declared = pom.substring(pom.indexOf("<properties>"), pom.indexOf("</properties>"));
		Matcher property = POM_PROPERTY.matcher(declared);
		while (property.find()) {
			properties.add(property.group(1));
		}
		return properties;
	}

	/** A Default cell as written: {@code `20`} is 20, <i>(empty)</i> is the empty string. */
	static String documentedDefault(String cell) {
		return cell.equals("*(empty)*") ? "" : cell.replace("`", "");
	}

	/** The Markdown pages and sources that may name settings. */
	static List<Path> namingFiles() {
		List<Path> files = new ArrayList<>(markdownPages());
		files.addAll(applicationYamlFiles());
		files.addAll(sources(Path.of("src", "main", "java"), ".java"));
		return files;
	}

	/** Every Markdown page of the repository, outside build output and installed packages. */
	static List<Path> markdownPages() {
		return sources(ROOT, ".md");
	}

	static List<Path> applicationYamlFiles() {
		return Stream.of(Path.of("src", "main", "resources"), Path.of("src", "test", "resources"))
				.flatMap(directory -> sources(directory, ".yaml").stream())
				.filter(file -> file.getFileName().toString().startsWith("application"))
				.toList();
	}

	/** The files under a directory whose names end so, outside build output, installed packages and dot folders. */
	static List<Path> sources(Path directory, String suffix) {
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(directory, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
					String name = folder.getFileName() == null
							? ""
							: folder.getFileName().toString();
					boolean skip = NOT_SOURCES.contains(name) || (name.startsWith(".") && name.length() > 1);
					return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (file.getFileName().toString().endsWith(suffix)) {
						files.add(file.normalize());
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		files.sort(null);
		return files;
	}

	/** The keys of a YAML file as Spring reads them, flattened: {@code hsct.max-request-size}. */
	static Set<String> yamlKeys(Path yaml) {
		YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
		factory.setResources(new FileSystemResource(yaml));
		Set<String> keys = new TreeSet<>();
		factory.getObject().stringPropertyNames().forEach(key -> keys.add(key.replaceAll("\\[\\d+]$", "")));
		return keys;
	}

	/** The lines of a page below a heading, up to the next heading of the same or a higher level. */
	static String section(String page, String heading) {
		List<String> lines = withoutFences(page).lines().toList();
		int start = lines.indexOf(heading);
		assertThat(start).as("heading " + heading).isNotNegative();
		int level = heading.indexOf(' ');
		StringBuilder section = new StringBuilder();
		for (String line : lines.subList(start + 1, lines.size())) {
			Matcher next = HEADING.matcher(line);
			if (next.matches() && line.indexOf(' ') <= level) {
				break;
			}
			section.append(line).append('\n');
		}
		return section.toString();
	}

	/** The cells of each body row of the first table in a text, header and delimiter rows left out. */
	static List<List<String>> tableRows(String text) {
		List<List<String>> rows = new ArrayList<>();
		boolean inTable = false;
		for (String line : text.lines().toList()) {
			if (!line.startsWith("|")) {
				if (inTable) {
					break;
				}
				continue;
			}
			if (!inTable) {
				inTable = true; // the header row
				continue;
			}
			if (line.matches("^\\|[\\s:|-]+\\|$")) {
				continue;
			}
			String[] cells = line.substring(1, line.length() - 1).split("\\|");
			rows.add(Arrays.stream(cells).map(String::strip).toList());
		}
		return rows;
	}

	/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, numbered. */
	static Set<String> anchors(String page) {
		Set<String> anchors = new TreeSet<>();
		Map<String, Integer> seen = new HashMap<>();
		for (String line : withoutFences(page).lines().toList()) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
				String slug = text.toLowerCase(Locale.ROOT)
						.replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
						.replace(' ', '-');
				int count = seen.merge(slug, 1, Integer::sum);
				anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
			}
		}
		return anchors;
	}

	/** The page without fenced code blocks, whose lines are neither headings nor links. */
	static String withoutFences(String page) {
		StringBuilder kept = new StringBuilder();
		boolean inFence = false;
		for (String line : page.lines().toList()) {
			if (FENCE.matcher(line).find()) {
				inFence = !inFence;
			} else if (!inFence) {
				kept.append(line).append('\n');
			}
		}
		return kept.toString();
	}

	/** The page without fenced code and with inline code spans blanked, so that only real links remain. */
	static String withoutCode(String page) {
		return withoutFences(page).replaceAll("`[^`]*`", "`code`");
	}

	static Path parent(Path file) {
		Path parent = file.getParent();
		return parent == null ? ROOT : parent;
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
