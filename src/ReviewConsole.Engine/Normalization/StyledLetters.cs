namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Latin letters drawn in a style that compatibility folding (NFKC) leaves alone: the small capitals of "fancy text"
/// generators ("ʏᴏᴜ ᴀʀᴇ ᴜꜱᴇʟᴇꜱꜱ"), which are letters of the phonetic alphabet to Unicode.
/// </summary>
internal static class StyledLetters
{
    private const string Capitals = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ";
    private const string Letters = "abcdefghijklmnopqrstuvwyz";

    public static char? SmallCapital(char c)
    {
        var at = Capitals.IndexOf(c);
        return at < 0 ? null : Letters[at];
    }
}
