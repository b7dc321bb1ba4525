ValueSet: ViralLoadCodeVS
Id: viral-load-code-vs
Title: "CMV and EBV Viral Load"
Description: "LOINC codes for quantitative cytomegalovirus and Epstein-Barr virus DNA (viral load) by nucleic acid amplification in whole blood or in serum/plasma. [#/volume] codes are reported in copies/mL, [Units/volume] codes in IU/mL; the two specimens and the two units are not interchangeable."
* insert ArtifactMetadata
* insert LoincCopyright
* $loinc#72493-0 "Cytomegalovirus DNA [Units/volume] (viral load) in Serum or Plasma by NAA with probe detection"
* $loinc#100675-8 "Cytomegalovirus DNA [Units/volume] (viral load) in Blood by NAA with probe detection"
* $loinc#29604-6 "Cytomegalovirus DNA [#/volume] (viral load) in Blood by NAA with probe detection"
* $loinc#43730-1 "Epstein Barr virus DNA [Units/volume] (viral load) in Serum or Plasma by NAA with probe detection"
* $loinc#47982-4 "Epstein Barr virus DNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"
* $loinc#93840-7 "Epstein Barr virus DNA [Units/volume] (viral load) in Blood by NAA with probe detection"
* $loinc#36923-1 "Epstein Barr virus DNA [#/volume] (viral load) in Blood by NAA with probe detection"
