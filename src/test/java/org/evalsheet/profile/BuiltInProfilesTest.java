package org.evalsheet.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in profile's file, the one {@code evalsheet profile NAME} prints, states exactly the profile in use. */
class BuiltInProfilesTest {
  static List<String> names() {
    return ProfileReader.BUILT_IN;
  }

  @ParameterizedTest
  @MethodSource("names")
  void theFileAndTheBuiltInProfileAgree(String name) throws Exception {
    assertThat(BuiltInProfiles.named(name)).isNotNull()
        .isEqualTo(ProfileReader.parse(ProfileReader.text(name), name));
  }
}
