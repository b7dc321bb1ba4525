ValueSet: LymphodepletionDrugVS
Id: lymphodepletion-drug-vs
Title: "Lymphodepletion Drugs"
Description: "Drugs of the lymphodepleting chemotherapy before a CAR-T infusion: fludarabine and cyclophosphamide (the usual regimen), bendamustine (an alternative), as RxNorm ingredients and ATC codes."
* insert ArtifactMetadata
* insert DrugCopyright
* $rxnorm#24698 "fludarabine"
* $rxnorm#3002 "cyclophosphamide"
* $rxnorm#134547 "bendamustine"
* $atc#L01BB05 "fludarabine"
* $atc#L01AA01 "cyclophosphamide"
* $atc#L01AA09 "bendamustine"
