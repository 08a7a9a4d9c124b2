using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.LasId).HasMaxLength(Person.MaxLasIdLength);
        builder.HasIndex(p => p.LasId).IsUnique();
        builder.Property(p => p.NhsNumber).HasConversion(ValueConverters.NhsNumber).HasMaxLength(10);
        builder.HasIndex(p => p.NhsNumber);
        builder.HasIndex(p => p.DateOfBirth);

        // Each node catches up with people changed elsewhere every few seconds: without this, a full scan each time.
        builder.HasIndex(p => p.UpdatedAt);
        builder.Property(p => p.Email).HasMaxLength(Person.MaxEmailLength);
        builder.Ignore(p => p.IsMerged);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);

        builder.ComplexProperty(p => p.Name, name =>
        {
            name.Property(n => n.GivenName).HasColumnName("given_name").HasMaxLength(PersonName.MaxLength);
            name.Property(n => n.FamilyName).HasColumnName("family_name").HasMaxLength(PersonName.MaxLength);
            name.Property(n => n.KnownAs).HasColumnName("known_as").HasMaxLength(PersonName.MaxLength);
            name.Property(n => n.FormerFamilyName).HasColumnName("former_family_name").HasMaxLength(PersonName.MaxLength);
        });

        builder.ComplexProperty(p => p.Address, address =>
        {
            address.Property(a => a.Line1).HasColumnName("address_line1").HasMaxLength(PostalAddress.MaxLineLength);
            address.Property(a => a.Line2).HasColumnName("address_line2").HasMaxLength(PostalAddress.MaxLineLength);
            address.Property(a => a.Line3).HasColumnName("address_line3").HasMaxLength(PostalAddress.MaxLineLength);
            address.Property(a => a.Town).HasColumnName("town").HasMaxLength(PostalAddress.MaxLineLength);
            address.Property(a => a.Postcode).HasColumnName("postcode").HasConversion(ValueConverters.Postcode).HasMaxLength(8);
        });

        builder.ComplexProperty(p => p.CommunicationNeeds, needs =>
        {
            needs.Property(n => n.InterpreterLanguage).HasColumnName("interpreter_language").HasMaxLength(60);
            needs.Property(n => n.BritishSignLanguage).HasColumnName("needs_bsl");
            needs.Property(n => n.EasyRead).HasColumnName("needs_easy_read");
            needs.Property(n => n.LargePrint).HasColumnName("needs_large_print");
            needs.Property(n => n.OtherNeeds).HasColumnName("other_communication_needs");
        });

        builder.ComplexProperty(p => p.ContactPreferences, preferences =>
        {
            preferences.Property(c => c.PreferredChannel).HasColumnName("preferred_channel");
            preferences.Property(c => c.ConsentsToSms).HasColumnName("consents_to_sms");
        });

        builder.PrimitiveCollection(p => p.Phones)
            .HasField("_phones")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion(ValueConverters.PhoneElement));

        // Read only whole, with the person (the index loads people, never searches their history): one column, no table.
        builder.PrimitiveCollection(p => p.FormerAddresses)
            .HasField("_formerAddresses")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion(ValueConverters.FormerAddressElement));
    }
}
