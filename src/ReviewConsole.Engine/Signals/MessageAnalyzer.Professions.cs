using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    private sealed partial class Scratch
    {
        // The trades whose work is to find out, judge, record or treat a harm done: asked how they work, a harm is studied.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Professions = Lexicon.FoldedLookup(
            "investigators", "investigator", "detectives", "detective", "police", "forensic", "epidemiologists", "epidemiologist", "tribunals",
            "tribunal", "courts", "prosecutors", "prosecutor", "coroners", "coroner", "pathologists", "pathologist", "auditors", "auditor",
            "archaeologists", "archaeologist", "researchers", "scientists", "scholars", "journalists", "reporters", "criminologists",
            "toxicologists", "inspectors", "regulators", "authorities", "firefighters", "paramedics", "doctors", "museums", "archivists", "analysts",
            "historians", "psychologists", "sociologists", "moderators", "investigative");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HowAuxiliaries = Lexicon.FoldedLookup("do", "does", "did", "can",
            "could", "would", "might", "have", "has", "had", "are", "were", "will", "should", "must");

        // Words that make the one acting the writer, the one addressed or anyone at all: "how to fool the police", "how
        // can I get past a coroner", "how would someone beat the detectives".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotTheTrade = Lexicon.FoldedLookup("to", "i", "we", "you", "u",
            "someone", "somebody", "anyone", "anybody", "one", "people", "me", "my", "your", "our", "not");

        // "How war crimes tribunals…": at most this many words name the trade's kind before it.
        private const int TradeModifiers = 2;

        /// <summary>
        /// "Summarise how war crimes tribunals gather evidence of ethnic cleansing", "how do epidemiologists trace an anthrax
        /// outbreak", "describe how the investigators follow a ransom payment": the harm is what a trade that finds out,
        /// judges or records it does its work on, asked about; a research frame (recorded from "how" to the trade). Not
        /// "how to fool the police" or "how can I get past the coroner", in which the writer or anyone acts.
        /// </summary>
        private TermClass TradeAskedHowItWorks(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var how = 0; how + 1 < count; how++)
            {
                if (text.Slice(starts[how], lengths[how]) is not "how")
                {
                    continue;
                }
                var t = how + 1;
                if (HowAuxiliaries.Contains(text.Slice(starts[t], lengths[t])))
                {
                    t++;
                }
                if (t < count && text.Slice(starts[t], lengths[t]) is "the" or "a" or "an")
                {
                    t++;
                }
                for (var last = Math.Min(count - 1, t + TradeModifiers); t <= last && clauses[t] == clauses[how]; t++)
                {
                    var word = text.Slice(starts[t], lengths[t]);
                    if (Professions.Contains(word))
                    {
                        found |= AddMatch(ref matchCount, new PhraseMatch(how, t - how + 1, TermClass.DescriptiveFrame | TermClass.Historical));
                        break;
                    }
                    if (NotTheTrade.Contains(word) || (classes[t] & (TermClass.FirstPerson | TermClass.SecondPerson | TermClass.Speaker | TermClass.SelfReference)) != 0)
                    {
                        break;
                    }
                }
            }
            return found;
        }
    }
}
