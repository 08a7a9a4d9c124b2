using MimeKit;

namespace FrontDoor.TestCommon.Mail;

/// <summary>
/// Realistic referral emails of the kinds the seeds name (police, ambulance, primary care, the public), with
/// made-up people. The NHS numbers are valid Modulus 11 test numbers.
/// </summary>
public static class ReferralEmails
{
    public const string PoliceNhsNumber = "943 476 5919";
    public const string EmasNhsNumber = "401 023 2137";

    public static MimeMessage PoliceAdultConcern(string? messageId = null) => Build(
        messageId,
        new MailboxAddress("PC 2231 Jane Dawson", "jane.dawson@leicestershire.police.uk"),
        "Adult concern notification - Margaret SMITH",
        $"""
        ADULT CONCERN NOTIFICATION

        Name: Margaret SMITH
        DOB: 02/03/1948
        NHS No: {PoliceNhsNumber}
        Address: 12 High Street, Loughborough, LE11 2TP
        Police reference: LP-20261101-0042

        Officers attended at 14:20 following a concern for welfare call from a neighbour. Mrs Smith had a
        fall two days ago and was unable to get up; she has bruising to her arm. The house is cold and there
        is little food. She says her son usually visits but is away.

        Regards
        PC 2231 Dawson
        """);

    public static MimeMessage EmasReferralWithAttachment(string? messageId = null)
    {
        var message = Build(
            messageId,
            new MailboxAddress("EMAS Clinical Assessment Team", "emas.cat.referrals@nhs.net"),
            "Referral to adult social care following ambulance attendance",
            $"""
            Crew attended this patient following a 999 call.

            Patient: John PATEL
            D.O.B: 14 July 1939
            NHS Number: {EmasNhsNumber}
            Postcode: le3 9qp

            Patient is struggling to manage at home; his wife, who is his main carer, is exhausted (carer strain).
            Patient's electronic record summary attached.
            """);
        var body = message.Body ?? throw new InvalidOperationException("The message has no body.");
        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(PdfBytes)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "ePR-summary.pdf",
        };
        message.Body = new Multipart("mixed") { body, attachment };
        return message;
    }

    public static MimeMessage GpHtmlOnly(string? messageId = null)
    {
        var message = Build(messageId, new MailboxAddress("Castle Surgery", "castle.surgery@nhs.net"), "Request for assessment", string.Empty);
        message.Body = new TextPart("html")
        {
            Text = """
                <html><head><title>Referral</title><style>p { color: red; }</style></head>
                <body>
                <p><b>Patient:</b> Doris EVANS</p>
                <p>Date of birth: 1942-11-05</p>
                <p>Self-neglect concerns &amp; not eating; <i>please assess</i>.</p>
                <script>alert('not for staff screens')</script>
                </body></html>
                """,
        };
        return message;
    }

    public static MimeMessage PublicWorriedDaughter(string? messageId = null) => Build(
        messageId,
        new MailboxAddress("Sam Jones", "sam.jones@example.com"),
        "Help for my mum",
        """
        Hello, I am worried about my mum, Pat Jones. She lives on her own at 4 Mill Lane, Melton Mowbray
        and keeps forgetting to eat. <b>She won't ask for help herself.</b>
        Thank you, Sam
        """);

    /// <summary>A few bytes that start like a PDF, enough for a file to list and hash.</summary>
    public static byte[] PdfBytes { get; } = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    public static MimeMessage Build(string? messageId, MailboxAddress from, string subject, string text)
    {
        var message = new MimeMessage
        {
            Subject = subject,
            Date = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero),
            MessageId = messageId ?? $"{Guid.NewGuid():N}@test.frontdoor",
            Body = new TextPart("plain") { Text = text },
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress("Adult Social Care", "asc.referrals@county.gov.uk"));
        return message;
    }
}
