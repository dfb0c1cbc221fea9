// Every demo group starts from the same charter, titled with its name.
const CHARTER = [
  "1. Chacun parle en son nom. On a le droit de ne pas être d'accord.",
  "2. On s'écoute sans se couper la parole.",
  "3. Ce qui est dit de personnel reste dans le groupe.",
  "4. On peut venir avec une personne de son choix.",
  "5. Le Département répond par écrit à chaque proposition du groupe.",
  "6. Les frais pour venir aux rencontres sont remboursés.",
].join("\n");

export function charterFor(groupName: string): string {
  return `Charte – ${groupName}\n\n${CHARTER}`;
}
