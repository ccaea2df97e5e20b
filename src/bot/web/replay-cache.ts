/**
 * Answers a repeated request id with the first answer instead of running the request again: a double
 * click on a button or a submit is one request. Bounded, so it forgets the oldest ids.
 */
export function createReplayCache<T>(max = 500) {
  const answers = new Map<string, Promise<T>>();
  return {
    /** `keep` decides whether an answer is final; one that is not (say, inline errors) lets a retry run. */
    run(
      key: string | undefined,
      work: () => Promise<T>,
      keep: (answer: T) => boolean = () => true,
    ): Promise<T> {
      if (!key) return work();
      const known = answers.get(key);
      if (known) return known;
      const answer = work();
      answers.set(key, answer);
      // A failure is not an answer either: the next try runs again.
      answer.then(
        (a) => {
          if (!keep(a) && answers.get(key) === answer) answers.delete(key);
        },
        () => answers.delete(key),
      );
      if (answers.size > max) {
        const oldest = answers.keys().next().value;
        if (oldest !== undefined) answers.delete(oldest);
      }
      return answer;
    },
    size: () => answers.size,
  };
}
