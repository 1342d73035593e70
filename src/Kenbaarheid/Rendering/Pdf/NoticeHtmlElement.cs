namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// An element of a rendered notice's HTML as the PDF layout reads it: its name, attributes and children. A child is
/// either another element or a <see cref="string"/> of text, entities already decoded. See <see cref="NoticeHtmlParser"/>.
/// </summary>
internal sealed class NoticeHtmlElement(string localName, NoticeHtmlElement? parent, List<KeyValuePair<string, string>> attributes)
{
    public string LocalName { get; } = localName;

    public NoticeHtmlElement? ParentElement { get; } = parent;

    /// <summary>Elements and texts in document order.</summary>
    public List<object> ChildNodes { get; } = [];

    /// <summary>The child elements only.</summary>
    public List<NoticeHtmlElement> Children { get; } = [];

    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in attributes)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    public bool HasClass(string name) =>
        GetAttribute("class") is { } classes && classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal);

    /// <summary>The text of the element and all its descendants, as the DOM's <c>textContent</c>.</summary>
    public string TextContent
    {
        get
        {
            var text = new System.Text.StringBuilder();
            Collect(this, text);
            return text.ToString();

            static void Collect(NoticeHtmlElement element, System.Text.StringBuilder text)
            {
                foreach (var child in element.ChildNodes)
                {
                    if (child is string data)
                    {
                        text.Append(data);
                    }
                    else
                    {
                        Collect((NoticeHtmlElement)child, text);
                    }
                }
            }
        }
    }

    public NoticeHtmlElement? NextElementSibling => Sibling(+1);

    public NoticeHtmlElement? PreviousElementSibling => Sibling(-1);

    /// <summary>The descendants named <paramref name="localName"/>, in document order.</summary>
    public IEnumerable<NoticeHtmlElement> Descendants(string localName)
    {
        foreach (var child in Children)
        {
            if (string.Equals(child.LocalName, localName, StringComparison.Ordinal))
            {
                yield return child;
            }

            foreach (var descendant in child.Descendants(localName))
            {
                yield return descendant;
            }
        }
    }

    private NoticeHtmlElement? Sibling(int step)
    {
        if (ParentElement is null)
        {
            return null;
        }

        var index = ParentElement.Children.IndexOf(this) + step;
        return index >= 0 && index < ParentElement.Children.Count ? ParentElement.Children[index] : null;
    }
}
