// English phrase tables for the demo conversations (slots: corpus_data.hpp).
#include "corpus_data.hpp"

namespace rapport_demo::detail {
namespace {

std::vector<Scenario> scenarios() {
  return {
      // A parcel that has not arrived.
      Scenario{
          .subjects = {"Order #{order} has not arrived", "Late delivery: {product}", "Where is my parcel?"},
          .openings =
              {{"I ordered a {product} on {date} (order #{order}) and it still hasn't arrived.",
                {"Our records show the courier attempted delivery on {date2} and left a card."}},
               {"My order #{order} was supposed to be delivered {days} ago. Can you tell me where it is?",
                {"The delivery date on the website is an estimate, and the parcel is still within it."}},
               {"The tracking for my {product} hasn't changed since {date}. Is it still on its way?",
                {"The tracking was updated on {date2}; the parcel is out for delivery."}},
               {"I'm still waiting for the {product} I ordered. The website said delivery within three working days.",
                {"The parcel left our warehouse on {date}, exactly as promised.",
                 "The three working days count from dispatch, not from the order."}}},
          .upset = {{"I've been waiting for my {product} for {days} now and nobody has told me anything. I'm really "
                     "upset."},
                    {"This is the third time I'm writing about order #{order}. The {product} was meant to arrive on "
                     "{date2} and I still have nothing."},
                    {"I took a day off work to wait for the courier and nobody came. Where is my {product}?"}},
          .asks = {"Could you give me the order number?", "Can you tell me the order number, please?",
                   "Which order is this about? The number is in your confirmation email."},
          .details = {"Sure, it's #{order}, placed on {date}.",
                      "The order number is {order}. The delivery address is my home address, nothing has changed.",
                      "It's {order}. I paid {amount} including delivery."},
          .fixes = {"I can see the parcel got stuck at the courier's sorting centre. I've asked them to prioritise it, "
                    "and it should reach you within {days}.",
                    "The courier lost track of the parcel, so I've sent a new {product} by express delivery. You'll "
                    "get a tracking link by email today.",
                    "The parcel is at your local depot. I've booked delivery for tomorrow between 9 am and 1 pm.",
                    "The parcel was mislabelled at the depot. It has been relabelled and will be delivered on "
                    "{date2}."},
          .blames = {"You should have checked the tracking page; the courier left a notice on {date2}.",
                     "You entered the wrong postcode, so the courier couldn't find the address.",
                     "You chose the delivery window yourself, so you should have made sure someone was at home."},
          .followups = {{"Will I get a notification before the courier comes?",
                         {"Yes, you'll get a text message with a one-hour delivery window on the morning of delivery.",
                          "Yes, the courier sends a text with the time slot the evening before."}},
                        {"What if I'm not at home?",
                         {"The courier can leave it with a neighbour or at the nearest pickup point; you can choose "
                          "in the tracking link."}}},
      },
      // An item that arrived damaged.
      Scenario{
          .subjects = {"Damaged {product}, order #{order}", "Item arrived broken", "Problem with my delivery"},
          .openings = {{"My {product} arrived today and the box was crushed. The {product} itself is cracked on the "
                        "side.",
                        {"The courier's report says the parcel was handed over in perfect condition."}},
                       {"I received order #{order} yesterday, but the {product} doesn't turn on and there's a dent in "
                        "the casing.",
                        {"The {product} passed our quality check before dispatch, and the photos from the warehouse "
                         "show it intact."}},
                       {"The {product} I ordered came with a broken part. Can I get a replacement?",
                        {"Our packing report shows every part was checked and intact."}}},
          .upset = {{"I was so looking forward to this {product}, and it came smashed. I paid {amount} for it and "
                     "now I can't even use it."},
                    {"I opened the box and the {product} was broken. It was a birthday present and the party is "
                     "tomorrow."}},
          .asks = {"Could you give me the order number?", "What's the order number, please?"},
          .details = {"The order number is {order}. I've taken photos of the box and the damage.",
                      "It's order #{order}, delivered on {date}. I still have all the packaging."},
          .fixes = {"I've arranged a replacement {product}, which will be shipped tomorrow. The courier will collect "
                    "the damaged one when they deliver the new one.",
                    "I've issued a full refund of {amount}; it'll be back on your card within {days}. You don't need "
                    "to send the damaged item back.",
                    "I've created a return label for you. As soon as the courier scans it, we'll send the new "
                    "{product}."},
          .blames = {"You should have checked the box before you signed for the parcel.",
                     "You damaged it yourself when you unpacked it, the marks are clearly from a knife."},
          .followups = {{"Do I need the original box for the return?",
                         {"No, any sturdy box will do. Just put the label on the outside."}},
                        {"How long until the replacement arrives?",
                         {"Usually {days}; you'll get a tracking number as soon as it ships."}}},
      },
      // The wrong item in the box.
      Scenario{
          .subjects = {"Wrong item received", "Order #{order}: not what I ordered"},
          .openings = {{"I ordered a {product} in black, but I received a white one.",
                        {"The confirmation we emailed you lists the same colour that you received."}},
                       {"Order #{order} arrived, but the box contains a completely different product, not the "
                        "{product} I paid for.",
                        {"Our scanner shows a {product} was packed into your box, and nothing else."}},
                       {"I got the wrong model of {product}. The one in the box is the older version.",
                        {"The order you placed was for exactly the model we sent."}}},
          .upset = {{"I needed this {product} for work this week and you sent me the wrong one. Now I have to wait "
                     "again."},
                    {"I can't believe it. I ordered a {product} and got something I never asked for, and the "
                     "weekend is ruined."}},
          .asks = {"Could you tell me the order number?", "What's the order number, please?"},
          .details = {"It's order #{order}. The packing slip inside lists the right item, but the box has something "
                      "else.",
                      "Order #{order}, delivered on {date}. I haven't opened the wrong item."},
          .fixes = {"There was a picking error in our warehouse. I've sent the correct {product} today by express, "
                    "and the courier will take the wrong one back.",
                    "I've set up a free return for the wrong item and reserved the right {product} for you; it ships "
                    "as soon as you confirm.",
                    "The correct {product} is in stock, so I've shipped it already. Please keep the other one in its "
                    "packaging for the courier."},
          .blames = {"You selected the wrong option yourself when you placed the order.",
                     "You should have checked the confirmation email before it shipped."},
          .followups = {{"Do I have to pay for the return?",
                         {"No, the return is free; the label is already in your inbox."}},
                        {"Can I keep the other one and pay the difference?",
                         {"Yes, that's possible. I'll send you a payment link for the difference of {fee}."}}},
      },
      // A refund that has not come back.
      Scenario{
          .subjects = {"Refund for order #{order}", "Where is my refund?", "Return accepted, no money yet"},
          .openings = {{"I returned the {product} on {date}, but I still haven't received my refund.",
                        {"The refund was sent on {date2}; the delay is on your bank's side."}},
                       {"Your courier picked up my return {days} ago. When will the {amount} be back on my card?"},
                       {"I got an email saying my return was accepted, but no money has arrived yet.",
                        {"That email is only sent once the refund has been paid, so the money is already with your "
                         "bank."}}},
          .upset = {{"I sent the {product} back weeks ago and I'm still waiting for {amount}. That's a lot of money "
                     "for me."},
                    {"Every time I ask about my refund I get a different answer. I just want my {amount} back."}},
          .asks = {"Could you give me the number of the order you returned?", "Which order was the return for?"},
          .details = {"The return was for order #{order}. I paid by card.",
                      "Order #{order}. I dropped the parcel at the post office on {date} and I have the receipt."},
          .fixes = {"The refund was approved today. Banks usually need {days} to show it, and you'll get a "
                    "confirmation email with the reference number.",
                    "Your return arrived on {date}, but the refund hadn't been triggered. I've processed it now: "
                    "{amount} back to your card.",
                    "I've pushed the refund through manually. You should see {amount} on your statement within "
                    "{days}."},
          .blames = {"You should have filled in the return form and packed it with the item; that's why it took "
                     "longer.",
                     "You used the wrong return address, so the parcel went to the wrong warehouse."},
          .followups = {{"Can I use the money for a new order instead?",
                         {"Yes, the refund can be moved to your account balance; just reply to this message."}},
                        {"Is the delivery cost refunded too?",
                         {"Yes, the original delivery cost of {fee} is included in the refund."}}},
      },
      // A payment taken twice.
      Scenario{
          .subjects = {"Charged twice for order #{order}", "Duplicate payment", "Two charges on my card"},
          .openings = {{"I was charged twice for order #{order}. There are two payments of {amount} on my statement.",
                        {"There is only one completed payment in our system; the second line is a pending "
                         "authorisation."}},
                       {"My card shows two identical charges from you on {date}. I only placed one order.",
                        {"There were two orders from your account on {date}, not one.",
                         "We received one payment of {amount}, and that's all."}},
                       {"I think there's a mistake with my payment. You took {amount} twice.",
                        {"We received one payment of {amount}, and that's all."}}},
          .upset = {{"You've taken {amount} from my account twice and now I can't pay my rent on time. I'm really "
                     "worried."},
                    {"I checked my bank app and there are two charges of {amount}. I need this money back, it's not "
                     "a small amount for me."}},
          .asks = {"Could you give me the order number and the last four digits of the card?",
                   "Which order is it, and which card did you pay with?"},
          .details = {"The order number is {order} and I paid with a card ending in {last4}.",
                      "It's order #{order}. Both charges are dated {date}, card ending {last4}."},
          .fixes = {"I can see the second payment; it was a technical duplicate. I've cancelled it, so it'll drop off "
                    "your statement within {days}.",
                    "One of the two charges is only a temporary hold, and it's been released today. The money will "
                    "be back in {days}.",
                    "I've refunded the duplicate payment of {amount}; you'll get a confirmation email shortly."},
          .blames = {"You were the one who clicked the pay button twice.",
                     "That's what happens when you refresh the payment page."},
          .followups = {{"Do I need to contact my bank as well?",
                         {"No need; the cancellation comes from our side and your bank will simply release the "
                          "amount."}},
                        {"Will this affect my order?", {"Not at all, your order is paid and will ship as planned."}}},
      },
      // A subscription to cancel or an unexpected renewal.
      Scenario{
          .subjects = {"Cancel my subscription", "Unexpected renewal charge", "Automatic renewal"},
          .openings = {{"I was charged {amount} for a renewal, but I thought I had cancelled my plan last month.",
                        {"There's no cancellation request on your account, only a login on {date}."},
                        {"I've cancelled the renewal and refunded the {amount}. The confirmation is on its way to "
                         "your inbox."}},
                       {"Your app says my subscription is active, but I cancelled it on {date}.",
                        {"Our logs show you opened the cancellation page on {date} but never confirmed it."}},
                       {"I'd like to cancel my subscription before the next renewal on {date2}."},
                       {"How do I stop the automatic renewal? I don't want to be charged again."}},
          .upset = {{"You charged me {amount} for a year I never asked for. I cancelled, and now the money is gone.",
                     {},
                     {"I've cancelled the renewal and refunded the {amount}. The confirmation is on its way to your "
                      "inbox."}},
                    {"I've tried to cancel three times in the app and it keeps failing. I'm really frustrated."}},
          .asks = {"Could you tell me the email address or the customer number on the account?",
                   "Which account is it? The customer number is at the top of every invoice."},
          .details = {"My customer number is {order}. The plan is the annual one.",
                      "It's customer number {order}. I pay by card every month."},
          .fixes = {"I've cancelled the subscription; you'll keep access until {date2} and nothing more will be "
                    "charged.",
                    "Your plan is now set not to renew. You'll get a confirmation email within a few minutes."},
          .blames = {"You ignored our reminder emails, so the plan renewed automatically.",
                     "You agreed to the terms when you signed up, and they include automatic renewal."},
          .followups = {{"Can I still use the service until the end of the period?",
                         {"Yes, everything stays available until {date2}."}},
                        {"Will my data be deleted?",
                         {"Your data is kept for 30 days in case you change your mind, then it's deleted."}}},
      },
      // An account the client cannot get into.
      Scenario{
          .subjects = {"Can't log in to my account", "Account locked", "Password reset not working"},
          .openings = {{"I can't log in to my account. The app says my password is incorrect, but I'm sure it's "
                        "right.",
                        {"Our system shows a successful login from your account on {date}, so the password works."}},
                       {"My account got locked after a few login attempts. Can you unlock it?"},
                       {"The password reset email never arrives. I've tried three times since {date}.",
                        {"The reset emails were delivered to your address; our logs show that."},
                        {"The reset emails were being blocked by your mail provider. I've sent a reset code by text "
                         "message instead."}}},
          .upset = {{"I've been locked out of my account for {days} and I can't get to my invoices. I need them for "
                     "work."},
                    {"I've reset my password four times and it still doesn't let me in. I'm at my wits' end."}},
          .asks = {"Could you tell me the email address or customer number of the account?",
                   "Which email address do you use to log in?"},
          .details = {"It's the email address I'm writing from. The phone number on the account ends in {last4}.",
                      "My customer number is {order}. I usually log in with the mobile app."},
          .fixes = {"The account was locked for security after several attempts. I've unlocked it and sent you a "
                    "fresh reset link, valid for 24 hours.",
                    "I've unlocked your account. Please log in with the link I just sent, and you'll be asked to "
                    "choose a new password."},
          .blames = {"You typed the wrong password too many times, so the system locked you out.",
                     "You forgot to confirm your email address when you registered."},
          .followups = {{"Do I need to update the app as well?",
                         {"Yes, the latest version fixes a login issue on some phones."}},
                        {"Is my data safe?",
                         {"Yes, the lock is a security measure; nobody else has accessed the account."}}},
      },
      // A product that broke under warranty.
      Scenario{
          .subjects = {"Warranty claim, order #{order}", "Repair under warranty", "My {product} stopped working"},
          .openings = {{"My {product} stopped working {months} after I bought it. It's still under warranty, isn't "
                        "it?",
                        {"This kind of fault counts as wear and tear, which the warranty doesn't cover."}},
                       {"The {product} I bought from you on {date} makes a loud noise and then switches off.",
                        {"That noise is normal for this model; it isn't a fault."}},
                       {"I'd like to send my {product} for repair under warranty. What do I need to do?"}},
          .upset = {{"The {product} broke after only {months} and I use it every day. I paid {amount} for it, I "
                     "expected it to last."},
                    {"My {product} has failed again, and it's already been repaired once. I'm losing patience.",
                     {},
                     {"Since this is the second fault, I've approved a replacement instead of another repair. The "
                      "new {product} ships this week."}}},
          .asks = {"Could you give me the order number or the date of purchase?",
                   "When did you buy it? The order number would help too."},
          .details = {"I bought it on {date}, order #{order}. I still have the receipt.",
                      "The order number is {order}. The serial number is on the sticker at the back; should I send a "
                      "photo?"},
          .fixes = {"The {product} is covered by the warranty. I've booked a courier to collect it tomorrow, and the "
                    "repair usually takes {days}.",
                    "I've registered the warranty claim; you'll get a prepaid label by email and an update once the "
                    "service centre has checked the {product}."},
          .blames = {"You didn't follow the cleaning instructions, and the manual is very clear about that.",
                     "That's your own fault: the warranty doesn't cover damage from using the wrong charger."},
          .followups = {{"Can I get a loan unit while it's being repaired?",
                         {"Yes, we can send a replacement device for the duration of the repair."}},
                        {"Do I need to include the accessories?",
                         {"Only the {product} itself; please keep the cables and accessories at home."}}},
      },
  };
}

LanguageData make() {
  LanguageData d;
  d.male_given = {"James",  "Oliver", "Daniel", "Michael", "Thomas", "Ryan",
                  "Samuel", "David",  "Liam",   "Ethan",   "George", "Nathan"};
  d.female_given = {"Emma",  "Olivia", "Sophie", "Charlotte", "Grace",  "Hannah",
                    "Emily", "Lucy",   "Chloe",  "Megan",     "Rachel", "Amelia"};
  d.family = {"Smith",  "Johnson", "Carter", "Walsh",  "Patel", "O'Connor", "Hughes", "Bennett",  "Murphy", "Clarke",
              "Turner", "Brooks",  "Reed",   "Foster", "Hayes", "Morgan",   "Khan",   "Fletcher", "Graham", "Sullivan"};
  d.company_roots = {"Northwind", "Bluebell", "Harbor",    "Greenfield", "Silverline", "Oakridge",  "Brightwater",
                     "Redstone",  "Summit",   "Westbrook", "Maple Leaf", "Ironbridge", "Clearview", "Kingsway"};
  d.company_patterns = {"{root} Logistics Ltd",   "{root} Dental",        "{root} Bakery",
                        "{root} Consulting LLC",  "{root} Design Studio", "{family} & Sons",
                        "{family} Hardware",      "{root} Travel",        "{root} Fitness",
                        "{family} Electric Inc.", "{root} Software Ltd",  "{root} Foods"};
  d.products = {{"coffee machine", "coffee machine", "coffee machine", "coffee machine"},
                {"robot vacuum", "robot vacuum", "robot vacuum", "robot vacuum"},
                {"pair of wireless headphones", "pair of wireless headphones", "pair of wireless headphones",
                 "pair of wireless headphones"},
                {"winter jacket", "winter jacket", "winter jacket", "winter jacket"},
                {"office chair", "office chair", "office chair", "office chair"},
                {"electric kettle", "electric kettle", "electric kettle", "electric kettle"},
                {"27-inch monitor", "27-inch monitor", "27-inch monitor", "27-inch monitor"},
                {"blender", "blender", "blender", "blender"},
                {"smartwatch", "smartwatch", "smartwatch", "smartwatch"},
                {"air fryer", "air fryer", "air fryer", "air fryer"},
                {"desk lamp", "desk lamp", "desk lamp", "desk lamp"},
                {"laser printer", "laser printer", "laser printer", "laser printer"},
                {"Wi-Fi router", "Wi-Fi router", "Wi-Fi router", "Wi-Fi router"},
                {"suitcase", "suitcase", "suitcase", "suitcase"}};
  d.months = {"January", "February", "March",     "April",   "May",      "June",
              "July",    "August",   "September", "October", "November", "December"};
  d.day_forms = {"day", "days", "days"};
  d.month_forms = {"month", "months", "months"};
  d.scenarios = scenarios();

  d.client_hello = {"Hello.", "Hi.", "Hi there!", "Good morning.", "Good afternoon.", "", "", ""};
  d.agent_hello_warm = {"Hello, and thank you for contacting us.", "Hi, thanks for reaching out.",
                        "Good afternoon! Thanks for getting in touch.", "Hello, thank you for your message."};
  d.agent_hello_cold = {"Hello.", "Good afternoon.", "Right.", "OK."};
  d.confirmations = {{"Could you confirm the email address on your account?",
                      {"Yes, it's the address I'm writing from.", "It's the same one I'm writing from."}},
                     {"Can you confirm the postcode of the delivery address?",
                      {"Sure, it's the same one as on the order.", "Yes, it hasn't changed since I ordered."}},
                     {"Could you confirm your phone number, just for security?", {"Of course. It ends in {last4}."}}};
  d.check_warm = {"Thanks, let me check.", "Thank you, one moment please.", "Thanks, I'm looking at it now."};
  d.check_cold = {"One moment.", "Let me check.", "I'm looking at it now.", ""};
  d.followups = {{"How will I know it's done?",
                  {"You'll get an email confirmation as soon as it's processed.",
                   "You'll see the status change in your account, and we'll send an email too."}},
                 {"Is there anything else I need to do?", {"No, everything is taken care of on our side."}},
                 {"Can I have a reference number for this?", {"Of course, your case number is {case}."}},
                 {"Should I contact you again if it's not sorted by then?",
                  {"Yes, just reply to this message and it'll come straight back to me."}}};
  d.client_thanks = {"Great, thank you for your help.", "Perfect, thanks a lot!", "OK, that's all I needed. Thanks!",
                     "Thank you, that's very helpful.", "Brilliant, thanks. Have a good day."};
  d.client_ok = {"OK, I'll wait then.", "Alright. I'll keep an eye on my email.", "OK, noted.",
                 "Right, I'll see what happens."};
  d.agent_welcome = {"You're welcome!", "My pleasure.", "Glad I could help.", "Any time."};
  d.agent_close_warm = {"Thank you for your patience, and have a great day.",
                        "Thanks for contacting us, and have a lovely evening.", "Thanks, and take care!",
                        "Thank you, and don't hesitate to write if anything else comes up."};
  d.agent_close_cold = {"Anything else?", "Is that all?", "OK. Goodbye.", "That's it then."};

  d.upset_more = {
      "I've already lost a whole afternoon on this.", "I really expected better from a shop I've used for years.",
      "Honestly, I'm exhausted by all of this.", "I'm not angry with you personally, I'm just tired of waiting."};
  d.empathy = {"I'm so sorry to hear that. I can imagine how frustrating it must be.",
               "I completely understand how upsetting this is, and I apologise for the trouble.",
               "That sounds really stressful, and I'm sorry we've put you in this position.",
               "I hear you, and you have every right to be upset. I'm sorry."};
  d.concessions = {"As a goodwill gesture, I've also added a {fee} credit to your account.",
                   "I'll also send you a {fee} voucher for your next purchase.",
                   "To make up for the trouble, I can offer you a {percent}% discount on your next order.",
                   "I've waived the {fee} service fee as well."};
  d.worried_followups = {
      {"Can I be sure this won't happen again?",
       {"I've added a note to your account so that any future issue goes straight to a senior colleague, and I'll "
        "check on this myself tomorrow."}},
      {"What if it goes wrong again?",
       {"Then write to me directly and I'll sort it out the same day; you won't have to explain everything again."}}};
  d.calm_thanks = {"Thank you, that really helps.", "OK, thank you for actually listening.",
                   "That's much better, thanks.", "Thanks, I feel a lot calmer now."};

  d.argue = {"That's not true.",
             "No, you're wrong.",
             "I disagree.",
             "That's simply not the case.",
             "That's not what happened.",
             "With respect, I have to disagree."};
  d.pushbacks = {{"But that's not what your website says.",
                  {"To be precise, the website gives an estimate, not a guarantee.",
                   "Technically speaking, the website describes the standard case, not yours."}},
                 {"This has been dragging on for weeks!", {"To be exact, it's been {days}, not weeks."}},
                 {"Really? That's not what I was told on the phone last week.",
                  {"Just a small correction: that call was {days} ago, not last week."}},
                 {"That's strange, because nobody told me anything about this.",
                  {"Technically speaking, we notified you by email, which is the official channel."}},
                 {"I'm sure that's not right. I checked the order page twice.",
                  {"Well, actually, it's called the order history, not the order page."}}};
  d.give_up = {"Fine, whatever.", "Forget it.", "OK, whatever you say.", "Never mind. I give up."};
  d.last_word = {"For the record, the policy still stands.", "Just so we're clear, the decision is final.",
                 "Rules are rules, and that's final.", "Like it or not, that's how it works."};

  d.blame = {"You should have read the terms and conditions.", "That's your own fault, I'm afraid.",
             "If you had read the confirmation email, you'd have known."};
  d.expose = {"As I already explained, it's all in your account.",
              "It's not rocket science, it's all in the confirmation email.",
              "Surely you know how to check your own account.", "Did you even read the email we sent?"};
  d.put_in_place = {"Calm down, please.", "There's no need to raise your voice.", "Don't use that tone with me.",
                    "Look, I don't have time for this."};
  d.sigh = {"[sighs]", "[sighs heavily]", "*rolls eyes*"};

  d.insults = {"You people are completely useless.",  "What a bunch of clowns.",
               "Are you stupid or just lazy?",        "You're all incompetent idiots.",
               "Honestly, what a joke of a company.", "Seriously, you morons can't even send a parcel."};
  d.abuse_replies = {"I'd like to help you sort this out.",
                     "I understand you're frustrated, and I'm going to fix this now.",
                     "I'm here to help, so let's get this resolved."};
  d.threats = {"If this isn't fixed today, I'm going to file a formal complaint.",
               "I'll leave a one-star review on every site I can find.",
               "I'm going to report this to consumer protection.",
               "My lawyer will hear about this.",
               "I want to speak to your manager right now.",
               "I'll take you to small claims court if I have to.",
               "I'll make sure everyone knows how you treat your customers."};
  d.threat_replies = {"I'm sorry it's come to this. Let me see what I can do right now.",
                      "That's of course your right. In the meantime, I'd like to fix the problem.",
                      "I understand, and I want to resolve this for you today."};
  d.entitlement = {"I'm a VIP customer and I expect to be treated like one.",
                   "Do you know who I am? I've spent thousands here.",
                   "I pay your salary, so do what I say.",
                   "The customer is always right.",
                   "You owe me a free replacement after all this.",
                   "After this mess I expect it for free."};
  d.entitlement_replies = {"I'll do everything I can for you within our policy.",
                           "I'd like to find a fair solution for you.", "Let me see what I can offer."};
  d.curt_close = {"We'll see.", "Fine. Just make sure it actually happens this time.", "OK. I'll be waiting.",
                  "Right. Let's hope it works this time."};
  return d;
}

}  // namespace

const LanguageData& english() {
  static const LanguageData data = make();
  return data;
}

}  // namespace rapport_demo::detail
