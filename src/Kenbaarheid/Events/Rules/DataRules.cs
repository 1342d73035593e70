using Kenbaarheid.Events.Fields;
using static Kenbaarheid.Events.EventErrorCodes;

namespace Kenbaarheid.Events.Rules;

/// <summary>The data used: category, source, the person's own value, whether it is personal or special, and its base register.</summary>
internal static class DataRules
{
    public static readonly RequiredListField Data = new(1, 50, DataMissing, DataWrongType, DataTooFew, DataTooMany);
    public static readonly ObjectField Item = new(DataItemWrongType);
    public static readonly RequiredTextField Category = new(200, DataCategoryMissing, DataCategoryWrongType, DataCategoryEmpty, DataCategoryTooLong, DataCategoryControlCharacter);
    public static readonly RequiredTextField Source = new(200, DataSourceMissing, DataSourceWrongType, DataSourceEmpty, DataSourceTooLong, DataSourceControlCharacter);
    public static readonly TextField Value = new(200, DataValueWrongType, DataValueTooLong, DataValueControlCharacter);
    public static readonly RequiredBooleanField Personal = new(DataPersonalMissing, DataPersonalWrongType);
    public static readonly RequiredBooleanField Special = new(DataSpecialMissing, DataSpecialWrongType);
    public static readonly EnumField<BaseRegister> Register = new(DataRegisterWrongType, DataRegisterUnknownValue);

    public static List<DataItem>? ReadDataItems(EventReader reader, EventNode node)
    {
        var items = reader.RequiredArray(node, Data);
        if (items is null)
        {
            return null;
        }

        var dataItems = new List<DataItem>(items.Count);
        foreach (var item in items)
        {
            if (reader.OptionalObject(item, Item) is not { } dataItem)
            {
                continue;
            }

            var category = reader.RequiredText(dataItem.Child("category"), Category);
            var source = reader.RequiredText(dataItem.Child("source"), Source);
            var value = reader.OptionalText(dataItem.Child("value"), Value);
            var personal = reader.RequiredBoolean(dataItem.Child("personal"), Personal);
            var special = reader.RequiredBoolean(dataItem.Child("special"), Special);
            var registerNode = dataItem.Child("register");
            var register = reader.OptionalEnum(registerNode, Register);
            if (category is not null && source is not null && personal is not null && special is not null && (register is not null || !registerNode.Exists))
            {
                dataItems.Add(new DataItem(category, source, value, personal.Value, special.Value, register));
            }
        }

        return dataItems;
    }
}
